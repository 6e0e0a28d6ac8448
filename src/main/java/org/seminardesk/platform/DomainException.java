package org.seminardesk.platform;

/**
 * A business rule said no. Entities and services throw it; the REST layer turns it into 404, 409 or 422
 * with a JSON body naming the offending field, if there is one.
 */
public class DomainException extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String field;
    private String code;
    private Object[] args = {};

    public DomainException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, null, what + " " + id + " does not exist");
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, null, message);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field, message);
    }

    /**
     * Names the rule for people reading pages: PageTexts shows "error.{code}" from the bundles in the page's
     * language (with args), where the API keeps this English message.
     */
    public DomainException withCode(String code, Object... args) {
        this.code = code;
        this.args = args.clone();
        return this;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
