package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/**
 * Security round 2 as an attacker tries it: password guessing over Basic, sessions that outlive account changes,
 * cross-site requests riding on the session cookie, and bodies too large to hold.
 */
class AttackerIT extends ApplicationIT {

    private static final String PASSWORD = "nagai-aikotoba-2026";
    private static final String STAFF_READ = "api/attendance/years/2026";

    private Http admin() {
        return anonymous.as(Http.As.ADMIN);
    }

    private long newUser(String username, String roles) {
        Http.Reply created = admin().post("api/admin/users", """
                {"username":"%s","displayName":"試験 利用者","roles":%s,"password":"%s"}""".formatted(username, roles, PASSWORD));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void basicGuessesFromOneAddressDoNotLockTheAdminOutElsewhere() {
        String attacker = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        Http guessing = anonymous.withPassword("admin", "wrong-guess-" + UUID.randomUUID()).from(attacker);
        int refusedWithoutHashing = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            int status = guessing.get("api/admin/users").status();
            assertTrue(status == 401 || status == 429, "attempt " + attempt + ": " + status);
            refusedWithoutHashing += status == 429 ? 1 : 0;
        }
        assertTrue(refusedWithoutHashing >= 4, "after three free guesses this address waits: " + refusedWithoutHashing);
        assertEquals(200, anonymous.withPassword("admin", Http.password(Http.As.ADMIN)).from("198.51.100.7").get("api/admin/users").status(),
                "the admin signs in from another address at once");
        admin().get("api/admin/users").jsonArray().stream().map(JsonObject.class::cast)
                .filter(u -> u.getString("username").equals("admin")).findFirst()
                .ifPresent(u -> admin().post("api/admin/users/" + u.getJsonNumber("id") + "/unlock", ""));
    }

    @Test
    void unknownUsernamesCostACountNotAnAuditRow() {
        int before = admin().get("api/admin/audit?max=500").jsonArray().size();
        String client = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals(401, anonymous.withPassword("nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever-it-is")
                    .from(client).get(STAFF_READ).status());
        }
        String audit = admin().get("api/admin/audit?max=500").body();
        assertFalse(audit.contains("login.unknownUser"), "no audit row for a name that is no account");
        assertTrue(admin().get("api/admin/audit?max=500").jsonArray().size() >= before);
    }

    @Test
    void aDisabledAccountsOpenSessionGets401OnItsNextRequest() {
        String username = "s-" + UUID.randomUUID().toString().substring(0, 8);
        long id = newUser(username, "[\"STAFF\"]");
        Http session = anonymous.signedIn(username, PASSWORD, STAFF_READ);
        assertEquals(200, session.get(STAFF_READ).status(), "the session goes on by its cookie");
        assertEquals(200, admin().put("api/admin/users/" + id, "{\"displayName\":\"試験\",\"roles\":[\"STAFF\"],\"enabled\":false}").status());
        assertEquals(401, session.get(STAFF_READ).status(), "disabled: the open session ends at once");
    }

    @Test
    void aRemovedRoleANewPasswordAndSignOutEverywhereEndSessions() {
        String username = "o-" + UUID.randomUUID().toString().substring(0, 8);
        long id = newUser(username, "[\"ORGANISER\",\"STAFF\"]");
        Http session = anonymous.signedIn(username, PASSWORD, STAFF_READ);
        assertEquals(200, session.get("api/manage/probono").status());
        admin().put("api/admin/users/" + id, "{\"displayName\":\"試験\",\"roles\":[\"STAFF\"],\"enabled\":true}");
        assertEquals(401, session.get("api/manage/probono").status(), "a role taken away ends the session");

        Http again = anonymous.signedIn(username, PASSWORD, STAFF_READ);
        assertEquals(200, admin().post("api/admin/users/" + id + "/sign-out", "").status());
        assertEquals(401, again.get(STAFF_READ).status(), "signed out everywhere");

        Http third = anonymous.signedIn(username, PASSWORD, STAFF_READ);
        admin().put("api/admin/users/" + id + "/password", "{\"password\":\"atarashii-aikotoba-2027\"}");
        assertEquals(401, third.get(STAFF_READ).status(), "a reset password ends the sessions of the old one");
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
        String username = "l-" + UUID.randomUUID().toString().substring(0, 8);
        newUser(username, "[\"STAFF\"]");
        Http session = anonymous.signedIn(username, PASSWORD, STAFF_READ);
        // The test deployment's SessionAgeFilter moves this session's sign-in back (the server's clock stays).
        assertEquals(200, session.withHeader("X-Test-Signed-In-Ago", Duration.ofHours(11).plusMinutes(50).toString()).get(STAFF_READ).status());
        assertEquals(200, session.get(STAFF_READ).status(), "11 h 50 min: still on");
        assertEquals(200, session.withHeader("X-Test-Signed-In-Ago", Duration.ofHours(12).plusMinutes(1).toString()).get(STAFF_READ).status());
        assertEquals(401, session.get(STAFF_READ).status(), "after 12 hours the session ends whatever its activity");
    }

    @Test
    void aCrossSitePostWithTheSessionCookieIsRefused() {
        String username = "c-" + UUID.randomUUID().toString().substring(0, 8);
        newUser(username, "[\"ORGANISER\"]");
        Http session = anonymous.signedIn(username, PASSWORD, "api/manage/probono");
        long organisationsBefore = organiser.get("api/organisations").jsonArray().size();
        String json = "{\"name\":\"%s\",\"facilityType\":\"EMPLOYMENT_TRANSITION\",\"email\":\"x@example.org\"}".formatted(unique("越境"));
        Http.Reply crossSite = session.withHeader("Origin", "https://evil.example").post("api/organisations", json);
        assertEquals(403, crossSite.status(), crossSite.body());
        Http.Reply noOrigin = session.post("api/organisations", json);
        assertEquals(403, noOrigin.status(), "a cookie alone, without Origin or X-Requested-With: " + noOrigin.body());
        assertEquals(organisationsBefore, organiser.get("api/organisations").jsonArray().size(), "nothing created");
        Http.Reply textPlain = session.withHeader("Origin", "https://evil.example")
                .upload("api/attendance/seminars/" + publishedSeminar(5) + "/imports", "名前,時間\n".getBytes(), "text/plain");
        assertEquals(403, textPlain.status(), "a form's text/plain import from another site");
        assertEquals(415, session.withHeader("X-Requested-With", "test")
                .upload("api/attendance/seminars/" + publishedSeminar(5) + "/imports", "名前,時間\n".getBytes(), "text/plain").status(),
                "the import takes its documented types only");

        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        assertEquals(201, session.withHeader("Origin", own).post("api/organisations", json).status(), "this site's own page may");
        String another = "{\"name\":\"%s\",\"facilityType\":\"EMPLOYMENT_TRANSITION\",\"email\":\"y@example.org\"}".formatted(unique("越境"));
        assertEquals(201, session.withHeader("X-Requested-With", "fetch").post("api/organisations", another).status(),
                "a script that says so may");
    }

    @Test
    void aSixtyMegabyteAnonymousJsonBodyIsRefusedBeforeItIsRead() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        String overTheListenersCap = statusForHeadersAlone("api/registrations", 60L << 20);
        assertTrue(overTheListenersCap.equals("400") || overTheListenersCap.equals("413"),
                "a declared 60 MB, over the listener's 50 MB cap: Undertow refuses it from the headers, before a byte of the body is sent: "
                        + overTheListenersCap);
        assertEquals(200, anonymous.get("api/seminars").status(), "and goes on serving");
        assertEquals("413", statusForHeadersAlone("api/registrations", 2 << 20),
                "a declared 2 MB of JSON: over the API's 1 MiB, answered from the headers before a byte of the body is sent");
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base + "api/registrations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.Collections.nCopies(60, chunk))).build();
        String chunkedRefusal = refusalOf(client, chunked);
        assertTrue(chunkedRefusal.equals("413") || chunkedRefusal.equals("closed"),
                "60 MB sent in chunks, without a length: refused after the limit; the client may see the close before the 413 "
                        + "since the rest is never read: " + chunkedRefusal);
        assertEquals(200, anonymous.get("api/seminars").status(), "and goes on serving");
        Http.Reply small = anonymous.post("api/registrations", "{}");
        assertTrue(small.status() != 413 && small.body().contains("\"fields\""), "a small body is read and answered as before: " + small);
    }

    /**
     * The status the server answers to a request's headers alone, declaring a body of the given length that is never
     * sent: a refusal before reading comes at once, where a server that waited for the body would time out.
     */
    private String statusForHeadersAlone(String path, long declaredLength) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST %s%s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                    .formatted(base.getPath(), path, base.getHost(), base.getPort(), declaredLength);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return statusLine == null ? "closed" : statusLine.split(" ")[1];
        }
    }

    /** The status, or "closed" when the server closed the connection while the body was still being sent. */
    private static String refusalOf(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return String.valueOf(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (java.io.IOException closedWhileSending) {
            return "closed";
        }
    }
}
