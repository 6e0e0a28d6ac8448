package org.seminardesk.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.seminardesk.platform.DomainException;

/** The sending of a meeting held in writing to its members: once, with the deadline for their replies. */
@Entity
@Table(name = "written_consultation")
public class WrittenConsultation {

    @Id
    private Long seminarId;

    private Instant replyDeadline;
    private Instant sentAt;
    private String sentBy;

    protected WrittenConsultation() {
        // for JPA
    }

    WrittenConsultation(long seminarId, Instant replyDeadline, Instant now, String sentBy) {
        if (replyDeadline == null || !replyDeadline.isAfter(now)) {
            throw DomainException.invalid("replyDeadline", "The deadline for replies must be in the future")
                    .withCode("meeting.deadlineFuture");
        }
        this.seminarId = seminarId;
        this.replyDeadline = replyDeadline;
        this.sentAt = now;
        this.sentBy = sentBy;
    }

    public Instant replyDeadline() {
        return replyDeadline;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }
}
