package org.seminardesk.material;

import java.time.OffsetDateTime;
import org.seminardesk.platform.api.Times;

/** A material as a list shows it; url is the recording's address (files are downloaded by id). */
public record MaterialView(long id, Material.Kind kind, String title, String fileName, String contentType, Long sizeBytes,
                           String url, Audience audience, Timing timing, OffsetDateTime availableFrom,
                           OffsetDateTime availableUntil, OffsetDateTime addedAt, OffsetDateTime announcedAt)
        implements java.io.Serializable {

    static MaterialView of(Material m) {
        return new MaterialView(m.id(), m.kind(), m.title(), m.fileName(), m.contentType(), m.sizeBytes(), m.url(),
                m.audience(), m.timing(), Times.inTokyo(m.availableFrom()), Times.inTokyo(m.availableUntil()),
                Times.inTokyo(m.addedAt()), Times.inTokyo(m.announcedAt()));
    }

    /** "1.2 MB", "340 KB": for the list. */
    public String size() {
        if (sizeBytes == null) {
            return "";
        }
        return sizeBytes >= 1_048_576 ? String.format("%.1f MB", sizeBytes / 1_048_576.0) : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
