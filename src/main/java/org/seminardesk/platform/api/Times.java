package org.seminardesk.platform.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.seminardesk.platform.JapaneseDates;

/** The API speaks ISO-8601 with an offset and answers in Tokyo time (+09:00). */
public final class Times {

    private Times() {
    }

    public static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    public static OffsetDateTime inTokyo(Instant value) {
        return value == null ? null : value.atZone(JapaneseDates.TOKYO).toOffsetDateTime();
    }
}
