package org.seminardesk.platform.api;

import java.util.List;

/** The JSON body of every error answer: {"status":400,"message":"…","fields":[{"field":"title","message":"…"}]}. */
public record ApiError(int status, String message, List<FieldError> fields) implements java.io.Serializable {

    public record FieldError(String field, String message) implements java.io.Serializable {
    }

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, List.of());
    }

    /** The answer of a servlet filter or the error page, outside JAX-RS: the same JSON as the mappers'. */
    public static void write(jakarta.servlet.http.HttpServletResponse response, int status, String message) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(of(status, message)));
    }
}
