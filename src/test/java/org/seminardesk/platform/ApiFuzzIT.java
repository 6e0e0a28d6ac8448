package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.OpenApiRoutes;

/**
 * A fuzz test of the REST API: at least `fuzz.requests` (default 1 000) malformed or hostile requests made
 * from the server's own OpenAPI document, sent by a signed-in admin (who gets past every role check, deep
 * into the code) and, one in seven, anonymously. Every answer must be a 4xx with a JSON error, none a 5xx,
 * and the database must be exactly as before (a checksum of every row of every table).
 */
class ApiFuzzIT extends ApplicationIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final int AT_LEAST = Integer.getInteger("fuzz.requests", 1000);

    private final HttpClient signedIn = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient nobody = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void malformedAndHostileRequestsAreRefusedWithJsonAndChangeNothing() throws Exception {
        signIn();
        JsonObject openapi = OpenApiRoutes.document(anonymous);
        List<OpenApiRoutes.Route> routes = OpenApiRoutes.of(openapi).stream()
                .filter(route -> !route.path().startsWith("/api/manage/test/")).toList();
        List<HostileRequests.Request> requests = new HostileRequests(SEED, openapi).forEveryRoute(routes, AT_LEAST);
        assertTrue(requests.size() >= AT_LEAST, "at least " + AT_LEAST + " requests: " + requests.size());

        Map<String, String> before = checksum();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (HostileRequests.Request request : requests) {
            HttpResponse<String> answer;
            try {
                answer = send(request);
            } catch (java.io.IOException noAnswer) {
                wrong.add("no answer (" + noAnswer + ") ← " + request);
                continue;
            }
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String problem = problemWith(answer);
            if (problem != null) {
                wrong.add(answer.statusCode() + " " + problem + " ← " + request);
            }
        }
        Map<String, String> after = checksum();

        System.out.printf("API fuzz: %d requests over %d routes (seed %d), answers by status %s%n",
                requests.size(), routes.size(), SEED, statuses);
        assertTrue(wrong.isEmpty(), wrong.size() + " answers were not a 4xx with a JSON error:\n"
                + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
        assertEquals(before, after, "the database changed");
    }

    private static String problemWith(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status < 400 || status > 499) {
            return "not a 4xx";
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            return "Content-Type " + type;
        }
        try {
            JsonObject error = Json.createReader(new StringReader(answer.body())).readObject();
            return error.containsKey("message") && error.get("message").getValueType() == JsonValue.ValueType.STRING
                    ? null : "no message in " + answer.body();
        } catch (RuntimeException notJson) {
            return "body not JSON: " + answer.body();
        }
    }

    /** One sign-in, then the session cookie alone: a password check per request would also touch the account row. */
    private void signIn() throws Exception {
        HttpResponse<String> answer = signedIn.send(HttpRequest.newBuilder(base.toURI().resolve("api/admin/users"))
                .header("Authorization", Http.basic(Http.username(Http.As.ADMIN), Http.password(Http.As.ADMIN))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "the admin signs in");
    }

    private Map<String, String> checksum() throws Exception {
        HttpResponse<String> answer = signedIn.send(HttpRequest.newBuilder(base.toURI().resolve("api/manage/test/checksum")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, String> sums = new TreeMap<>();
        Json.createReader(new StringReader(answer.body())).readObject()
                .forEach((table, sum) -> sums.put(table, ((jakarta.json.JsonString) sum).getString()));
        return sums;
    }

    private HttpResponse<String> send(HostileRequests.Request request) throws Exception {
        URI uri = base.toURI().resolve(request.path().substring(1));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Accept", request.accept())
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return (request.anonymous() ? nobody : signedIn).send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
