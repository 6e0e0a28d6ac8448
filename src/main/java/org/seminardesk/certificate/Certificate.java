package org.seminardesk.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That a participant was certified as having attended: the number printed on the certificate and what the
 * attendance showed when it was first issued. Holds no name: the certificate is drawn from the participant.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.findByParticipant", query = "select c from Certificate c where c.participantId = :participant")
@NamedQuery(name = "Certificate.findByNumber", query = "select c from Certificate c where c.number = :number")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;
    private Long participantId;
    private Long seminarId;
    private int onlineMinutes;
    private boolean checkedIn;
    private Instant issuedAt;
    private Instant mailedAt;

    protected Certificate() {
        // for JPA
    }

    Certificate(String number, long participantId, long seminarId, long onlineMinutes, boolean checkedIn, Instant issuedAt) {
        this.number = number;
        this.participantId = participantId;
        this.seminarId = seminarId;
        this.onlineMinutes = (int) onlineMinutes;
        this.checkedIn = checkedIn;
        this.issuedAt = issuedAt;
    }

    public String number() {
        return number;
    }

    public long participantId() {
        return participantId;
    }

    public long seminarId() {
        return seminarId;
    }

    public int onlineMinutes() {
        return onlineMinutes;
    }

    public boolean checkedIn() {
        return checkedIn;
    }

    /** Records that its holder was told by mail; false when they had been already (a repeated "mail all"). */
    boolean markMailed(Instant now) {
        if (mailedAt != null) {
            return false;
        }
        mailedAt = now;
        return true;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
