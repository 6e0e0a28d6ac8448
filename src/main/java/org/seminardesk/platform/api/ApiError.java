package org.seminardesk.platform.api;

import java.util.List;

/** The JSON body of every error answer: {"status":400,"message":"…","fields":[{"field":"title","message":"…"}]}. */
public record ApiError(int status, String message, List<FieldError> fields) implements java.io.Serializable {

    public record FieldError(String field, String message) implements java.io.Serializable {
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, List.of());
    }
}
