package org.seminardesk.platform.persistence;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises a write refused by a named unique key, on H2 and PostgreSQL alike. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /**
     * Whether the failure, or one of its causes, is the database refusing a row under this unique key. H2
     * reports the key's name upper-cased inside a longer text, PostgreSQL as it is: the name is looked for in both.
     */
    public static boolean violated(Throwable failure, String keyName) {
        String wanted = keyName.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && (contains(violation.getConstraintName(), wanted) || contains(violation.getSQLException().getMessage(), wanted))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
