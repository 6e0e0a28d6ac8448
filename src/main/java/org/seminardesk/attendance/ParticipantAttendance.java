package org.seminardesk.attendance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** What is known of one participant's attendance: minutes online over all imports, and a check-in at the venue. */
@Entity
@Table(name = "participant_attendance")
@NamedQuery(name = "ParticipantAttendance.findForSeminar", query = """
        select a from ParticipantAttendance a where a.participantId in (
            select p.id from Registration r join r.participants p where r.seminar.id = :seminar)""")
public class ParticipantAttendance {

    @Id
    private Long participantId;

    private int onlineMinutes;
    private Instant checkedInAt;
    private String checkedInBy;
    private int wrongCodes;

    /** Wrong self check-in codes a participant may type before their page stops taking codes. */
    public static final int MAX_WRONG_CODES = 10;

    protected ParticipantAttendance() {
        // for JPA
    }

    ParticipantAttendance(long participantId) {
        this.participantId = participantId;
    }

    /** Ticking someone off twice keeps the first time. */
    public void checkIn(Instant at, String by) {
        if (checkedInAt == null) {
            checkedInAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
            checkedInBy = by;
        }
    }

    /** A wrong self check-in code; answers how many tries are left. */
    int wrongCode() {
        wrongCodes++;
        return Math.max(0, MAX_WRONG_CODES - wrongCodes);
    }

    boolean tooManyWrongCodes() {
        return wrongCodes >= MAX_WRONG_CODES;
    }

    public void undoCheckIn() {
        checkedInAt = null;
        checkedInBy = null;
    }

    void onlineFor(long minutes) {
        onlineMinutes = (int) Math.min(Integer.MAX_VALUE, minutes);
    }

    public Long participantId() {
        return participantId;
    }

    public int onlineMinutes() {
        return onlineMinutes;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public String checkedInBy() {
        return checkedInBy;
    }
}
