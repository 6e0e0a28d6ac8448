package org.seminardesk.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.api.Times;

/** When a held-back online link will be shown: the moment, as an era label and as a Western one. */
public record LinkRelease(OffsetDateTime at, String label, String westernLabel) implements java.io.Serializable {

    /** null stays null: the link is already visible, or there is none to wait for. */
    public static LinkRelease of(Instant at) {
        if (at == null) {
            return null;
        }
        var inTokyo = at.atZone(JapaneseDates.TOKYO);
        return new LinkRelease(Times.inTokyo(at), JapaneseDates.eraDateTime(inTokyo, null, true),
                JapaneseDates.westernDateTime(inTokyo, null, true));
    }
}
