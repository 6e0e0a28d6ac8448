package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.RejectingSmtp;

/** Mail tests: a real SMTP server (GreenMail) per test, and ways to look at what it received. */
public abstract class MailTestSupport extends ApplicationIT {

    /** The account the server under test logs in with (SMTP_USERNAME / SMTP_PASSWORD in the pom). */
    protected static final String SMTP_USER = "seminardesk";
    protected static final String SMTP_PASSWORD = "it-smtp-secret";

    protected final RejectingSmtp smtp = new RejectingSmtp(Integer.getInteger("it.smtp.port"), SMTP_USER, SMTP_PASSWORD);

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    protected String register(long seminar, String... emails) {
        StringBuilder people = new StringBuilder();
        for (String email : emails) {
            people.append(people.length() == 0 ? "" : ",")
                    .append("{\"name\":\"職員 %s\",\"email\":\"%s\",\"accessibilityNeeds\":\"字幕\"}".formatted(email.split("@")[0], email));
        }
        Http.Reply reply = organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"needsConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}".formatted(seminar, organisation(), people));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("token");
    }

    protected List<MimeMessage> mailTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /** The value once it is done, or, after 30 s, whatever it is then (the caller's assertion says what was wrong). */
    public static <T> T eventually(Supplier<T> value, Predicate<T> done) throws InterruptedException {
        try {
            return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(value::get, done::test);
        } catch (org.awaitility.core.ConditionTimeoutException late) {
            return value.get();
        }
    }

    /**
     * The value becomes what is expected and stays so for the window: the scheduler and dispatcher (1 s rounds)
     * had their chance to send something more, and did not. Fails with the message otherwise.
     */
    public static <T> void settlesAt(Supplier<T> value, T expected, Duration window, String message) {
        org.awaitility.Awaitility.await(message).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(value::get, v -> java.util.Objects.equals(v, expected));
        org.awaitility.Awaitility.await(message).during(window).atMost(window.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(value::get, v -> java.util.Objects.equals(v, expected));
    }

    /** The first part of the given type anywhere in the message (text/plain, text/html, text/calendar). */
    public static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent() instanceof String text ? text : new String(((java.io.InputStream) part.getContent()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }


    /** The outbox rows of a registration, as organisers see them. */
    protected List<JsonObject> outboxOf(long registration) {
        return organiser.get("api/manage/mail?registrationId=" + registration).jsonArray().getValuesAs(JsonObject.class);
    }

    /** The id of the only registration of a seminar. */
    protected long onlyRegistrationOf(long seminar) {
        var registrations = staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations");
        assertEquals(1, registrations.size());
        return registrations.getJsonObject(0).getJsonNumber("id").longValue();
    }

}
