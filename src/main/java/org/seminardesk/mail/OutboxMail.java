package org.seminardesk.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.platform.QrCode;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.platform.persistence.KeyBlocks;

/**
 * A mail the platform owes: written in the transaction of the change that caused it, sent later by the
 * {@link MailDispatcher}. Failed attempts back off exponentially; after the last one the mail is FAILED and
 * waits for an organiser to resend it.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMail.findClaimed", query = "select m from OutboxMail m where m.claimedBy = :batch order by m.id")
@NamedQuery(name = "OutboxMail.findForAnnouncement",
        query = "select m from OutboxMail m where m.announcementId = :announcement order by m.id")
@NamedQuery(name = "OutboxMail.countForAnnouncement",
        query = "select m.status, count(m) from OutboxMail m where m.announcementId = :announcement group by m.status")
@NamedQuery(name = "OutboxMail.findForRegistration",
        query = "select m from OutboxMail m where m.registrationId = :registration order by m.id")
public class OutboxMail {

    public enum Status { PENDING, SENT, FAILED }

    /** Where a mail erased on a person's request is addressed: nobody, so it is never sent again. */
    public static final String ERASED_RECIPIENT = "erased@erased.invalid";

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = KeyBlocks.SIZE)
    private Long id;

    private String kind;
    private String recipient;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private String attachmentName;
    private String attachmentType;
    private String attachmentText;
    private Long registrationId;
    private Long announcementId;

    /** For a mail written when sent: whom among the registration's people it is for, and the reason given. */
    private Long participantId;
    private String note;

    /** The private link this mail carries (AccessLinks.MAIL_LINK in its body), issued as it is sent; or none. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private LinkPurpose linkPurpose;
    private Long linkSubjectId;

    /** The link's address for this attempt, issued when the mail was claimed; never stored. */
    @jakarta.persistence.Transient
    private String privateLink;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private int attempts;
    private Instant nextAttemptAt;
    private String claimedBy;
    private Instant claimExpiresAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMail() {
        // for JPA
    }

    OutboxMail(String kind, String recipient, RenderedMail content, Long registrationId, Long announcementId,
               MailLink link, Instant now) {
        this(kind, recipient, registrationId, announcementId, link, now);
        write(content);
    }

    /** A mail owed to one of a registration's people, written by the dispatcher when it is sent ({@link #written}). */
    static OutboxMail owed(String kind, String recipient, long registrationId, long participantId, String note, MailLink link,
                           Instant now) {
        OutboxMail mail = new OutboxMail(kind, recipient, registrationId, null, link, now);
        mail.participantId = participantId;
        mail.note = note;
        return mail;
    }

    private OutboxMail(String kind, String recipient, Long registrationId, Long announcementId, MailLink link, Instant now) {
        this.kind = kind;
        this.recipient = recipient;
        this.registrationId = registrationId;
        this.announcementId = announcementId;
        if (link != null) {
            this.linkPurpose = link.purpose();
            this.linkSubjectId = link.subjectId();
        }
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** An owed mail, not yet written, becomes another kind (a new registration's seats came out otherwise). */
    void oweAs(String otherKind) {
        if (written()) {
            throw new IllegalStateException("Mail " + id + " is already written");
        }
        kind = otherKind;
    }

    /** Whether the mail's content is there yet (a mail owed to a participant gets it when first claimed). */
    boolean written() {
        return bodyText != null;
    }

    void write(RenderedMail content) {
        this.subject = content.subject();
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        if (content.attachment() != null) {
            this.attachmentName = content.attachment().filename();
            this.attachmentType = content.attachment().contentType();
            this.attachmentText = content.attachment().content();
        }
    }

    /**
     * The person it was owed to was erased before it was written: it is never sent nor resent, as an erased
     * mail (MailPersonalData).
     */
    void erasedBeforeWritten() {
        status = Status.FAILED;
        recipient = ERASED_RECIPIENT;
        subject = org.seminardesk.security.privacy.Erasure.ERASED;
        bodyText = org.seminardesk.security.privacy.Erasure.ERASED;
        lastError = "erased on request";
        note = null;
        release();
    }

    /** Whether the text has a place for the private link (no token is issued for one that has none). */
    boolean carriesLink() {
        return linkPurpose != null && (bodyText.contains(AccessLinks.MAIL_LINK)
                || bodyHtml != null && bodyHtml.contains(AccessLinks.MAIL_LINK));
    }

    /**
     * One more failed attempt: try again after base × 2^(attempts-1), or give up after maxAttempts. A mail no
     * longer pending (erased or resolved while the attempt ran) is only released, and keeps what it says.
     */
    void attemptFailed(String error, Instant now, int maxAttempts, Duration base) {
        if (status != Status.PENDING) {
            release();
            return;
        }
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(base.multipliedBy(1L << Math.min(attempts - 1, 16)));
        }
        release();
    }

    /** An organiser asks for a FAILED mail to be tried again, from the first attempt. */
    void resend(Instant now) {
        if (status != Status.FAILED) {
            throw org.seminardesk.platform.DomainException.conflict("Only a failed mail can be resent (this one is " + status + ")");
        }
        if (ERASED_RECIPIENT.equals(recipient)) {
            throw org.seminardesk.platform.DomainException.conflict("This mail was erased on its recipient's request and cannot be resent");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void release() {
        claimedBy = null;
        claimExpiresAt = null;
    }

    public Long id() {
        return id;
    }

    public MailLink link() {
        return linkPurpose == null ? null : new MailLink(linkPurpose, linkSubjectId);
    }

    void carry(String link) {
        privateLink = link;
    }

    /** The text as sent: with this attempt's private link in place of the placeholder. */
    String textToSend() {
        return withLink(bodyText);
    }

    String htmlToSend() {
        return withLink(QrCode.drawnInMail(bodyHtml));
    }

    private String withLink(String body) {
        return body == null || privateLink == null ? body : body.replace(AccessLinks.MAIL_LINK, privateLink);
    }

    public String kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public RenderedMail.Attachment attachment() {
        return attachmentText == null ? null : new RenderedMail.Attachment(attachmentName, attachmentType, attachmentText);
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Long participantId() {
        return participantId;
    }

    public String note() {
        return note;
    }

    public Long announcementId() {
        return announcementId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The batch that holds this row's claim (null when none does). */
    public String claimedBy() {
        return claimedBy;
    }
}
