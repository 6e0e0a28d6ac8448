package org.seminardesk.mail.announcement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seminardesk.mail.OutboxMail;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.api.Times;
import org.seminardesk.registration.RegistrationStatus;

/** An announcement for organisers, with its delivery progress once sent (counts of outbox rows by status). */
public record AnnouncementView(long id, String subjectJa, String bodyJa, String subjectEn, String bodyEn,
                               Announcement.Audience audience, Set<FacilityType> facilityTypes, Long seminarId,
                               List<RegistrationStatus> registrantStatuses, Announcement.Status status,
                               String createdBy, OffsetDateTime createdAt, OffsetDateTime sentAt, Progress progress) implements java.io.Serializable {

    /** total = recipients; done = sent + failed; percent of done, for a progress bar. */
    public record Progress(long total, long pending, long sent, long failed, int percent) implements java.io.Serializable {

        static Progress of(Integer recipients, Map<OutboxMail.Status, Long> counts) {
            long pending = counts.getOrDefault(OutboxMail.Status.PENDING, 0L);
            long sent = counts.getOrDefault(OutboxMail.Status.SENT, 0L);
            long failed = counts.getOrDefault(OutboxMail.Status.FAILED, 0L);
            long total = recipients == null ? 0 : recipients;
            return new Progress(total, pending, sent, failed, total == 0 ? 0 : (int) ((sent + failed) * 100 / total));
        }
    }

    /**
     * Where delivery stands, in words (AnnouncementDelivery.*): "sent" only once every mail has gone; while some
     * wait it is SENDING, and FAILED once some could not be delivered.
     */
    public String delivery() {
        if (status == Announcement.Status.DRAFT) {
            return "DRAFT";
        }
        return progress.pending() > 0 ? "SENDING" : progress.failed() > 0 ? "FAILED" : "DONE";
    }

    static AnnouncementView of(Announcement a, Map<OutboxMail.Status, Long> counts) {
        List<RegistrationStatus> statuses = new ArrayList<>();
        if (a.toConfirmed()) {
            statuses.add(RegistrationStatus.CONFIRMED);
        }
        if (a.toWaitlisted()) {
            statuses.add(RegistrationStatus.WAITLISTED);
        }
        return new AnnouncementView(a.id(), a.subjectJa(), a.bodyJa(), a.subjectEn(), a.bodyEn(), a.audience(),
                a.facilityTypes(), a.seminar() == null ? null : a.seminar().id(), statuses, a.status(), a.createdBy(),
                Times.inTokyo(a.createdAt()), Times.inTokyo(a.sentAt()), Progress.of(a.recipientCount(), counts));
    }
}
