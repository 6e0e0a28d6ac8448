package org.seminardesk.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries as Java types: H2 and PostgreSQL's drivers hand timestamps back differently. */
public final class NativeValues {

    private NativeValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return java.time.ZonedDateTime.parse(value.toString()).toInstant();
    }
}
