package org.seminardesk.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.seminardesk.testing.OpenApiRoutes;
import java.util.Set;

/**
 * Malformed or hostile requests for every route of the OpenAPI document, each wrong in a way the server must
 * refuse: a record that does not exist or an id that is no number, a body that is not JSON or has a field of
 * the wrong type, a bad token. Hostile strings (SQL, script, unicode edge cases, huge) ride along in the
 * other fields. The same seed makes the same requests.
 */
final class HostileRequests {

    /** One request: what it is and why it must be refused. */
    record Request(String method, String path, String contentType, byte[] body, boolean anonymous, String accept, String why) {

        Request(String method, String path, String contentType, byte[] body, boolean anonymous, String why) {
            this(method, path, contentType, body, anonymous, "application/json", why);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return (anonymous ? "anonymous " : "") + method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + why + "] "
                    + (shown.length() > 160 ? shown.substring(0, 160) + "…" : shown);
        }
    }

    /** Ids and tokens no record has; the first ones are not even numbers. */
    private static final List<String> BAD_IDS = List.of("abc", "1.5", "-", "%27%20OR%201%3D1--",
            "1%3B%20DROP%20TABLE%20seminar", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%F0%9F%98%80", "%00",
            "%EF%BC%91%EF%BC%92", "99999999999999999999999", "0x10", "1e3", "0", "-1", "987654321",
            "9223372036854775807", "x".repeat(3000));
    private static final List<String> BAD_TOKENS = List.of("x".repeat(43), "short", "%27%20OR%20%271%27%3D%271",
            "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "%F0%9F%98%80".repeat(20), "A".repeat(5000), "%00%00", "null");

    /** Strings that must be stored or refused, never break anything. */
    static final List<String> HOSTILE_STRINGS = List.of("' OR '1'='1", "'; DROP TABLE seminar; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\u202Eevil\u202C",
            "\uD800", "\uDFFF", "\u0000", "\uFEFF", "e\u0301\u0301\u0301\u0301", "😀".repeat(50), "１２３",
            "${jndi:ldap://x/a}", "#{7*7}", "%s%n%x", "\r\nSet-Cookie: x=1", "あ".repeat(20_000), "x".repeat(100_000));

    /** Bodies that are not a JSON object at all. */
    private static final List<String> NOT_AN_OBJECT = List.of("", "{", "{\"a\":", "}{", "[", "nul", "{}}", "{'a':1}",
            "[]", "\"text\"", "42", "null", "true", "{\"a\":1,}", "\uFEFF{}", "{\"a\":\"\\uD800\"", "[".repeat(10_000),
            "{\"a\":".repeat(5_000), "<xml/>", "a=1&b=2");

    private final Random random;
    private final JsonObject schemas;

    HostileRequests(long seed, JsonObject openapi) {
        this.random = new Random(seed);
        this.schemas = openapi.getJsonObject("components").getJsonObject("schemas");
    }

    /** At least `atLeast` requests, as many for each of the routes. */
    List<Request> forEveryRoute(List<OpenApiRoutes.Route> routes, int atLeast) {
        int perRoute = (atLeast + routes.size() - 1) / routes.size();
        List<Request> requests = new ArrayList<>();
        for (OpenApiRoutes.Route route : routes) {
            for (int i = 0; i < perRoute; i++) {
                requests.add(request(route.method(), route.path(), route.operation(), i));
            }
        }
        return requests;
    }

    private Request request(String method, String path, JsonObject operation, int round) {
        JsonObject bodySchema = bodySchema(operation);
        boolean hasPathParameter = path.contains("{");
        boolean anonymous = round % 7 == 6;
        if (hasPathParameter && (bodySchema == null || round % 2 == 0)) {
            return new Request(method, concrete(path), contentTypeFor(bodySchema), hostileBody(bodySchema), anonymous,
                    "unknown or malformed " + path.replaceAll(".*\\{", "{"));
        }
        if (bodySchema != null) {
            String concrete = hasPathParameter ? concrete(path) : path;
            return switch (round % 3) {
                case 0 -> new Request(method, concrete, "application/json", pick(NOT_AN_OBJECT).getBytes(StandardCharsets.UTF_8),
                        anonymous, "not a JSON object");
                case 1 -> new Request(method, concrete, "application/json", wrongTyped(bodySchema), anonymous, "a field of the wrong type");
                default -> new Request(method, concrete, "application/json", invalidUtf8(), anonymous, "not UTF-8");
            };
        }
        List<String> typedQuery = typedQueryParameters(operation);
        if (!typedQuery.isEmpty()) {
            String name = pick(typedQuery);
            return new Request(method, path + "?" + name + "=" + pick(List.of("abc", "1.5", "%27%20OR%201%3D1", "%F0%9F%98%80",
                    "99999999999999999999999")), null, null, anonymous, "query " + name + " not a number");
        }
        // Nothing else to get wrong: asked for a format the route does not make, and anonymously.
        return new Request(method, path, null, null, true, "application/x-unheard-of", "unacceptable Accept");
    }

    private String concrete(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=})")) {
            if (part.equals("{token}")) {
                out.append(pick(BAD_TOKENS));
            } else if (part.startsWith("{")) {
                out.append(pick(BAD_IDS));
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    private static String contentTypeFor(JsonObject bodySchema) {
        return bodySchema == null ? null : "application/json";
    }

    private byte[] hostileBody(JsonObject bodySchema) {
        return bodySchema == null ? null : wrongTyped(bodySchema);
    }

    /** Every property hostile, one of them (at least) of a type it cannot have. */
    private byte[] wrongTyped(JsonObject schema) {
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        StringBuilder json = new StringBuilder("{");
        List<String> names = new ArrayList<>(properties.keySet());
        String broken = names.isEmpty() ? "unexpected" : pick(names);
        if (names.isEmpty()) {
            names.add(broken);
        }
        for (String name : names) {
            JsonObject property = properties.containsKey(name) ? resolve(properties.getJsonObject(name)) : JsonValue.EMPTY_JSON_OBJECT;
            String value = name.equals(broken) ? wrongValueFor(property) : hostileValueFor(property);
            json.append(json.length() > 1 ? "," : "").append(quote(name)).append(':').append(value);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private String wrongValueFor(JsonObject property) {
        String type = property.getString("type", "object");
        return switch (type) {
            case "string" -> property.containsKey("enum") || property.containsKey("format")
                    ? pick(List.of("{}", "[[]]", "\"NOT-A-VALUE\"", "\"2026-13-45T99:99\""))
                    : pick(List.of("{}", "[[]]", "{\"$gt\":\"\"}"));
            case "integer", "number" -> pick(List.of("\"abc\"", "{}", "[1]", "1e400", "99999999999999999999999999",
                    "\"１２３\"", "true"));
            case "boolean" -> pick(List.of("\"maybe\"", "{}", "[true]", "2"));
            case "array" -> pick(List.of("\"x\"", "{}", "7"));
            default -> pick(List.of("\"x\"", "7", "[[]]", "false"));
        };
    }

    private String hostileValueFor(JsonObject property) {
        return switch (property.getString("type", "object")) {
            case "string" -> quote(pick(HOSTILE_STRINGS));
            case "integer", "number" -> pick(List.of("-1", "0", "2147483648", "-9223372036854775808", "1.0E300"));
            case "boolean" -> "true";
            case "array" -> "[" + quote(pick(HOSTILE_STRINGS)) + "]";
            default -> "null";
        };
    }

    private byte[] invalidUtf8() {
        byte[] prefix = "{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] body = new byte[prefix.length + bad.length + 2];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    private JsonObject bodySchema(JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        JsonObject json = content == null ? null : content.getJsonObject("application/json");
        return json == null || !json.containsKey("schema") ? null : resolve(json.getJsonObject("schema"));
    }

    private List<String> typedQueryParameters(JsonObject operation) {
        List<String> names = new ArrayList<>();
        if (operation.containsKey("parameters")) {
            operation.getJsonArray("parameters").forEach(p -> {
                JsonObject parameter = p.asJsonObject();
                String type = parameter.containsKey("schema") ? resolve(parameter.getJsonObject("schema")).getString("type", "") : "";
                if ("query".equals(parameter.getString("in", "")) && Set.of("integer", "number").contains(type)) {
                    names.add(parameter.getString("name"));
                }
            });
        }
        return names;
    }

    private JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return schemas.containsKey(name) ? schemas.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("allOf")) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** JSON text of a string; a lone surrogate (one of the hostile values) goes as an escape, a pair as itself. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !paired) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
