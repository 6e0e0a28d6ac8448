package org.seminardesk.testing;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box tests against the real WildFly that `mvn package` built, on the database chosen by the build
 * (H2 by default, PostgreSQL with -Ppostgres). Each test makes its own data, so tests run in any order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApplicationIT {

    /** The application, deployed once for the run (SuiteDeployment) on the server Arquillian starts. */
    protected URL base;

    protected Http anonymous;
    protected Http organiser;
    protected Http staff;

    @BeforeEach
    void clients() throws java.net.MalformedURLException {
        SuiteDeployment.ensure();
        base = java.net.URI.create(System.getProperty("it.base.url", "http://localhost:8180/")).toURL();
        TestUsers.ensure(base);
        anonymous = Http.at(base);
        organiser = anonymous.as(Http.As.ORGANISER);
        staff = anonymous.as(Http.As.STAFF);
    }

    /** A page for signed-in users only, asked for anonymously: the browser is sent to the login page. */
    protected void assertSentToLogin(String page) {
        Http.Reply reply = anonymous.get(page);
        org.junit.jupiter.api.Assertions.assertEquals(302, reply.status(), page);
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(reply.header("Location")).contains("/login.xhtml?next="), reply.header("Location"));
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A published online seminar a week from now, created through the API as an organiser would. It sends no
     * reminders, so that a test that ages it does not mail its participants unasked.
     */
    protected long publishedSeminar(int capacity) {
        return publishedSeminar(capacity, inDays(7, 10), inDays(7, 12), "[]");
    }

    /** reminders: the JSON array of reminder slots in hours before the start. */
    protected long publishedSeminar(int capacity, String start, String end, String reminders) {
        String json = """
                {"titleJa":"%s","kind":"SEMINAR","format":"ONLINE","capacity":%d,"reminderHoursBefore":%s,
                 "startsAt":"%s","endsAt":"%s","onlineLink":"https://meet.example.org/%s","status":"PUBLISHED"}"""
                .formatted(unique("結合テスト"), capacity, reminders, start, end, UUID.randomUUID());
        Http.Reply reply = organiser.post("api/seminars", json);
        if (reply.status() != 201) {
            throw new AssertionError("Could not create a seminar: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /** An organisation created through the API, for tests that register. */
    protected long organisation() {
        Http.Reply reply = organiser.post("api/organisations",
                "{\"name\":\"%s\",\"facilityType\":\"EMPLOYMENT_TRANSITION\",\"email\":\"office@example.org\"}"
                        .formatted(unique("テスト事業所")));
        if (reply.status() != 201) {
            throw new AssertionError("Could not create an organisation: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    protected static String inDays(int days, int hour) {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(days)
                .atTime(hour, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toOffsetDateTime().toString();
    }

    /**
     * Time passes for one seminar alone: the seminar and everything that belongs to it (registrations,
     * participants, attendance, reminders sent …) move back by the duration, as if it had all happened that
     * much earlier. The server's clock, which the mail dispatcher reads, stays (testing.server.RowAgeResource).
     */
    protected void ageSeminar(long seminar, java.time.Duration by) {
        age("seminar", "id", String.valueOf(seminar), by);
    }

    /** The same for the rows of a table where the column has the value, and everything that belongs to them. */
    protected void age(String table, String column, String value, java.time.Duration by) {
        Http.Reply reply = organiser.put("api/manage/test/age/" + table + "?column=" + column + "&value="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) + "&by=" + by, "");
        if (reply.status() != 200) {
            throw new AssertionError("Could not age " + table + " " + column + "=" + value + ": " + reply);
        }
    }
}
