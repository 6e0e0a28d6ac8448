package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** Every kind of answer carries the protective headers; the session cookie is HttpOnly and SameSite. */
class SecurityHeadersIT extends ApplicationIT {

    private static void protectedBy(Http.Reply reply) {
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply.headers().toString());
        assertEquals("no-referrer", reply.header("Referrer-Policy"), "token links must not leak in Referer");
        assertEquals("DENY", reply.header("X-Frame-Options"));
        assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void pagesApiAnswersErrorsAndTokenLinksCarryTheHeaders() {
        protectedBy(anonymous.get(""));
        protectedBy(anonymous.get("api/seminars"));
        protectedBy(anonymous.get("api/manage/mail"));
        protectedBy(anonymous.get("r/" + "x".repeat(43)));
        protectedBy(anonymous.get("seminar.xhtml?id=987654321"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String cookie = anonymous.get("register.xhtml?seminar=" + publishedSeminar(5)).header("Set-Cookie");
        assertTrue(cookie != null && cookie.startsWith("JSESSIONID="), "a session for the form: " + cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }
}
