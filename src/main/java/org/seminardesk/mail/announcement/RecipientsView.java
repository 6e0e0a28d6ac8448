package org.seminardesk.mail.announcement;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.mail.OutboxMail;
import org.seminardesk.platform.api.Times;

/**
 * An announcement's recipients: for a draft, who would receive it (and organisations left out for want of an
 * address); once sent, each recipient's delivery from the outbox.
 */
public record RecipientsView(Announcement.Status status, int total, List<RecipientView> recipients,
                             List<String> organisationsWithoutAddress) implements java.io.Serializable {

    static final int MAX_PAGE = 500;

    public record RecipientView(String email, String name, String organisation, String language,
                                OutboxMail.Status delivery, Integer attempts, String lastError, OffsetDateTime sentAt) implements java.io.Serializable {
    }

    static RecipientsView preview(List<Recipient> page, int total, List<String> withoutAddress) {
        return new RecipientsView(Announcement.Status.DRAFT, total, page.stream()
                .map(r -> new RecipientView(r.email(), r.name(), r.organisation(), r.language().getLanguage(),
                        null, null, null, null)).toList(), withoutAddress);
    }

    static RecipientsView delivered(Announcement announcement, List<OutboxMail> page) {
        return new RecipientsView(announcement.status(), announcement.recipientCount(), page.stream()
                .map(m -> new RecipientView(m.recipient(), null, null, null, m.status(), m.attempts(), m.lastError(),
                        Times.inTokyo(m.sentAt()))).toList(), List.of());
    }
}
