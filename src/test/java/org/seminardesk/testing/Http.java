package org.seminardesk.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/** A black-box client of the running application, as an organisation, an organiser or staff would use it. */
public final class Http {

    public enum As { ANONYMOUS, ORGANISER, STAFF, ADMIN }

    /**
     * One client per user, each with its own cookies: like a script that keeps its session, so the password is
     * checked (210 000 PBKDF2 rounds) at the first request only. The anonymous client keeps no cookies.
     */
    private static final Map<As, HttpClient> CLIENTS = new EnumMap<>(As.class);

    static {
        for (As who : As.values()) {
            HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (who != As.ANONYMOUS) {
                client.cookieHandler(new CookieManager());
            }
            CLIENTS.put(who, client.build());
        }
    }

    private final URI base;
    private final As who;
    /** Set for an account other than the test users: Basic on every request, no cookies kept. */
    private final String credentials;
    /** Extra headers on every request (a client behind the proxy, another site's Origin). */
    private final Map<String, String> headers;
    /** A client of its own (with its own cookies), for a session signed in once; else the user's shared one. */
    private final HttpClient ownClient;

    private Http(URI base, As who, String credentials, Map<String, String> headers) {
        this(base, who, credentials, headers, null);
    }

    private Http(URI base, As who, String credentials, Map<String, String> headers, HttpClient ownClient) {
        this.base = base;
        this.who = who;
        this.credentials = credentials;
        this.headers = headers;
        this.ownClient = ownClient;
    }

    /**
     * A browser-like session of any account: signs in with the password once (this first request's answer is
     * checked), then sends only the session cookie — so what ends the session shows on the next request.
     */
    public Http signedIn(String username, String password, String path) {
        HttpClient cookies = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
        Http first = new Http(base, As.ANONYMOUS, basic(username, password), headers, cookies);
        Reply reply = first.get(path);
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + reply);
        }
        return new Http(base, As.ANONYMOUS, null, headers, cookies);
    }

    public static Http at(URL base) {
        return new Http(URI.create(base.toString()), As.ANONYMOUS, null, Map.of());
    }

    public Http as(As user) {
        return new Http(base, user, null, headers);
    }

    /** Any account by username and password, checked afresh at every request (e.g. to count wrong passwords). */
    public Http withPassword(String username, String password) {
        return new Http(base, As.ANONYMOUS, basic(username, password), headers);
    }

    /**
     * As a client at this address behind the proxy: the tests stand in for nginx, which appends the address it
     * saw to X-Forwarded-For (the server trusts 127.0.0.1 as a proxy in the tests, SEMINARDESK_TRUSTED_PROXIES).
     */
    public Http from(String clientAddress) {
        return withHeader("X-Forwarded-For", clientAddress);
    }

    public Http withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, who, credentials, Map.copyOf(more), ownClient);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** The username of a test user: admin (made by the server from SEMINARDESK_ADMIN_PASSWORD), organiser, staff. */
    public static String username(As who) {
        return who.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The password of a test user, from the pom (it.admin.password, …). */
    public static String password(As who) {
        return System.getProperty("it." + username(who) + ".password");
    }

    /** The BASIC credentials of a test user. */
    static String authorization(As who) {
        return basic(username(who), password(who));
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Reply send(String method, String path, String json) {
        HttpResponse<byte[]> response = exchange(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                "application/json; charset=UTF-8");
        return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers());
    }

    /** A file as the request body, e.g. an attendance report as text/csv. */
    public Reply upload(String path, byte[] file, String contentType) {
        HttpResponse<byte[]> response = exchange("POST", path, file, contentType);
        return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers());
    }

    /** A download (CSV, Excel) as its bytes. */
    public HttpResponse<byte[]> download(String path) {
        return exchange("GET", path, null, null);
    }

    private HttpResponse<byte[]> exchange(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, text/html, */*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        if (credentials != null) {
            request.header("Authorization", credentials);
        } else if (who != As.ANONYMOUS) {
            request.header("Authorization", authorization(who));
        }
        try {
            return (ownClient != null ? ownClient : CLIENTS.get(who)).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** An answer: status, body, and the body as JSON when it is JSON. */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
