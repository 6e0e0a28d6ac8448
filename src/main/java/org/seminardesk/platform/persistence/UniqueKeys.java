package org.seminardesk.platform.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Predicate;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises a write refused by a unique key (any, or a named one), on H2 and PostgreSQL alike. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    private static final String UNIQUE_VIOLATION = "23505";

    /** Whether the failure, or one of its causes, is the database refusing a row under any unique key. */
    public static boolean violated(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /**
     * Whether the failure, or one of its causes, is the database refusing a row under this unique key. H2
     * reports the key's name upper-cased inside a longer text, PostgreSQL as it is: the name is looked for in both.
     */
    public static boolean violated(Throwable failure, String keyName) {
        String wanted = keyName.toLowerCase(Locale.ROOT);
        return anyCause(failure, cause -> cause instanceof ConstraintViolationException violation
                && (contains(violation.getConstraintName(), wanted) || contains(violation.getSQLException().getMessage(), wanted)));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
