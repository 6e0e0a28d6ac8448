package org.seminardesk.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The REST routes of the deployment, read from the OpenAPI document the server makes of it. */
public final class OpenApiRoutes {

    /** One operation: "GET", "/api/seminars/{id}", and its OpenAPI description. */
    public record Route(String method, String path, JsonObject operation) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private OpenApiRoutes() {
    }

    /** The OpenAPI document itself (its components hold the request bodies' schemas). */
    public static JsonObject document(Http anonymous) {
        Http.Reply openapi = anonymous.send("GET", "openapi?format=JSON", null);
        if (openapi.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + openapi);
        }
        return Json.createReader(new StringReader(openapi.body())).readObject();
    }

    public static List<Route> of(JsonObject document) {
        List<Route> routes = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                routes.add(new Route(method.toUpperCase(Locale.ROOT), path, operation.asJsonObject()));
            }
        }));
        return routes;
    }
}
