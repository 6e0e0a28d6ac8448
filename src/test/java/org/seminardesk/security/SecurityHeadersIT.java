package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertFalse(cookie.toLowerCase().contains("secure"), "plain HTTP (development): " + cookie);
    }

    /** Over TLS (WildFly's https listener with its self-signed certificate here) the cookie is Secure. */
    @Test
    void overTlsTheSessionCookieIsSecure() throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        int port = 8443 + Integer.getInteger("it.port.offset");
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newBuilder().sslContext(trustAll).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://localhost:" + port + "/login.xhtml")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no session cookie over TLS"));
        assertTrue(cookie.toLowerCase().contains("; secure") && cookie.contains("HttpOnly"), cookie);
        assertEquals("max-age=31536000; includeSubDomains", page.headers().firstValue("Strict-Transport-Security").orElse(null), "HSTS over TLS");
    }

    @Test
    void hstsNeverOverPlainHttpAndNoStoreOnPersonalData() {
        assertNull(anonymous.get("login.xhtml").header("Strict-Transport-Security"), "plain HTTP: no HSTS");
        for (String path : new String[] {"r/" + "x".repeat(43), "api/registrations/" + "x".repeat(43), "seminar.xhtml?id=987654321"}) {
            assertEquals("no-store", anonymous.get(path).header("Cache-Control"), path);
        }
        assertEquals("no-store", staff.get("api/manage/seminars/" + publishedSeminar(5) + "/registrations/export").header("Cache-Control"));
        assertEquals("no-store", staff.get("staff/index.xhtml").header("Cache-Control"));
    }
}
