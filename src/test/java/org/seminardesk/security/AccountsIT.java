package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** Accounts through the admin API: roles, the password rules, the wait after wrong passwords, the last admin. */
class AccountsIT extends ApplicationIT {

    private static final String PASSWORD = "nagai-aikotoba-2026";

    private Http admin() {
        return anonymous.as(Http.As.ADMIN);
    }

    private String newUser(String roles) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = admin().post("api/admin/users", """
                {"username":"%s","displayName":"試験 利用者","roles":%s,"password":"%s"}""".formatted(username, roles, PASSWORD));
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains(PASSWORD) || created.body().contains("PBKDF2"), "no password or hash in the answer");
        return username;
    }

    private JsonObject account(String username) {
        return admin().get("api/admin/users").jsonArray().stream().map(JsonObject.class::cast)
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
    }

    /** Whether the latest 500 audit entries hold this one. */
    private boolean logged(String actor, String action, String subjectType, long subjectId) {
        return admin().get("api/admin/audit?max=500").jsonArray().stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("actor").equals(actor) && e.getString("action").equals(action)
                        && e.getString("subjectType").equals(subjectType) && !e.isNull("subjectId")
                        && e.getJsonNumber("subjectId").longValue() == subjectId);
    }

    @Test
    void anAdminCreatesAccountsThatSignInWithTheirRolesOnly() {
        String username = newUser("[\"STAFF\"]");
        Http user = anonymous.withPassword(username, PASSWORD);
        assertEquals(200, user.get("api/attendance/years/2026").status(), "staff read attendance");
        assertEquals(403, user.get("api/manage/probono").status(), "but not pro bono contacts");
        assertEquals(403, user.post("api/seminars", "{}").status(), "but do not edit the programme");
        assertEquals(403, user.get("api/admin/users").status(), "nor see the accounts");
        assertEquals(401, anonymous.withPassword(username, PASSWORD + "x").get("api/attendance/years/2026").status());
        assertEquals(403, organiser.get("api/admin/users").status(), "organisers do not manage accounts");

        int before = admin().get("api/admin/users").jsonArray().size();
        Http.Reply weak = admin().post("api/admin/users", """
                {"username":"weak-%s","displayName":"弱い","roles":["STAFF"],"password":"short-pw"}""".formatted(UUID.randomUUID().toString().substring(0, 6)));
        assertEquals(422, weak.status(), weak.body());
        assertEquals("password", weak.json().getJsonArray("fields").getJsonObject(0).getString("field"), weak.body());
        Http.Reply taken = admin().post("api/admin/users", """
                {"username":"%s","displayName":"二人目","roles":["STAFF"],"password":"%s"}""".formatted(username.toUpperCase(), PASSWORD));
        assertEquals(409, taken.status(), "usernames are compared folded: " + taken.body());
        assertEquals(before, admin().get("api/admin/users").jsonArray().size(), "nothing created by refused requests");
        assertFalse(admin().get("api/admin/users").body().contains("PBKDF2"), "hashes never leave the server");

        JsonObject created = account(username);
        Http.Reply promoted = admin().put("api/admin/users/" + created.getJsonNumber("id"),
                "{\"displayName\":\"試験 利用者\",\"roles\":[\"ORGANISER\",\"STAFF\"],\"enabled\":true}");
        assertEquals(200, promoted.status(), promoted.body());
        assertEquals(201, anonymous.withPassword(username, PASSWORD).post("api/organisations",
                "{\"name\":\"%s\",\"facilityType\":\"EMPLOYMENT_TRANSITION\",\"email\":\"o@example.org\"}".formatted(unique("権限"))).status(),
                "the new role counts from the next sign-in");
        admin().put("api/admin/users/" + created.getJsonNumber("id"), "{\"displayName\":\"試験 利用者\",\"roles\":[\"STAFF\"],\"enabled\":false}");
        assertEquals(401, anonymous.withPassword(username, PASSWORD).get("api/attendance/years/2026").status(), "a disabled account cannot sign in");
    }

    @Test
    void wrongPasswordsSlowDownTheAddressThatTriedThemNotTheAccount() {
        String username = newUser("[\"STAFF\"]");
        String attacker = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        Http wrong = anonymous.withPassword(username, "not-the-password-1").from(attacker);
        Http rightFromAttacker = anonymous.withPassword(username, PASSWORD).from(attacker);
        Http rightElsewhere = anonymous.withPassword(username, PASSWORD).from("198.51.100.20");
        for (int attempt = 0; attempt < SignInDelay.FREE_PER_ACCOUNT; attempt++) {
            assertEquals(401, wrong.get("api/attendance/years/2026").status(), "free try " + attempt);
        }
        assertEquals(200, rightFromAttacker.get("api/attendance/years/2026").status(), "three wrong passwords cost nothing");
        for (int attempt = 0; attempt < SignInDelay.FREE_PER_ACCOUNT; attempt++) {
            wrong.get("api/attendance/years/2026");
        }
        Http.Reply waiting = wrong.get("api/attendance/years/2026");
        assertEquals(401, waiting.status(), "the fourth wrong one is checked and counted");
        Http.Reply refused = rightFromAttacker.get("api/attendance/years/2026");
        assertEquals(429, refused.status(), "now this address waits, even with the right password: " + refused.body());
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
        assertEquals(200, rightElsewhere.get("api/attendance/years/2026").status(), "the real user elsewhere is not locked out");
        assertTrue(account(username).getBoolean("locked"), "admins see that some address waits");

        Http.Reply unlocked = admin().post("api/admin/users/" + account(username).getJsonNumber("id") + "/unlock", "");
        assertEquals(200, unlocked.status(), unlocked.body());
        assertEquals(200, rightFromAttacker.get("api/attendance/years/2026").status(), "an admin lifts the wait");
        assertTrue(logged(username, "login.locked", "user", account(username).getJsonNumber("id").longValue()));
        assertFalse(admin().get("api/admin/audit?max=500").body().contains("not-the-password-1"), "passwords are never logged");
    }

    @Test
    void thereIsAlwaysAnEnabledAdmin() {
        JsonObject admin = account("admin");
        assertTrue(admin.getJsonArray("roles").toString().contains("ADMIN"), "the first admin was made from SEMINARDESK_ADMIN_PASSWORD");
        Http.Reply demoted = admin().put("api/admin/users/" + admin.getJsonNumber("id"),
                "{\"displayName\":\"Administrator\",\"roles\":[\"ORGANISER\"],\"enabled\":true}");
        assertEquals(409, demoted.status(), demoted.body());
        Http.Reply disabled = admin().put("api/admin/users/" + admin.getJsonNumber("id"),
                "{\"displayName\":\"Administrator\",\"roles\":[\"ADMIN\"],\"enabled\":false}");
        assertEquals(409, disabled.status(), disabled.body());
        assertTrue(account("admin").getJsonArray("roles").toString().contains("ADMIN"), "unchanged");
        assertEquals(200, admin().get("api/admin/users").status());
    }

    @Test
    void theAuditLogNamesWhoChangedWhatAndNeverTheToken() {
        long seminar = publishedSeminar(5);
        Http.Reply registered = organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"監査 太郎\",\"email\":\"audit@example.org\"}]}"
                        .formatted(seminar, organisation()));
        assertEquals(201, registered.status(), registered.body());
        String token = registered.json().getString("token");
        long registration = staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getJsonObject(0).getJsonNumber("id").longValue();

        assertTrue(logged("organiser", "seminar.create", "seminar", seminar));
        assertTrue(logged("organiser", "registration.register", "registration", registration));
        String log = admin().get("api/admin/audit?max=500").body();
        assertFalse(log.contains(token) || log.contains("監査") || log.contains("audit@example.org"), "no token or personal data");
        assertEquals(403, organiser.get("api/admin/audit").status());
        assertEquals(400, admin().get("api/admin/audit?max=100000").status());
    }
}
