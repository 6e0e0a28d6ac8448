package org.seminardesk.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.ShortCode;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.ParticipantLinks;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.seminar.Seminar;

/**
 * Check-in by code: staff scan or type a participant's code at the door; a participant types the seminar's
 * self check-in code (出席コード) on their own page during the seminar. Both are idempotent: a second scan
 * answers with the first time.
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceService attendance;

    @Inject
    ParticipantLinks participants;

    @Inject
    Clock clock;

    /** Who was checked in, when, and whether they already had been (then: at the first time). */
    public record CheckedIn(long participantId, String name, String organisation, Instant checkedInAt, boolean already) implements java.io.Serializable {
    }

    /** What became of a self check-in: CHECKED_IN (or ALREADY), WRONG_CODE, CLOSED, or LOCKED after too many wrong codes. */
    public enum Outcome { CHECKED_IN, ALREADY, WRONG_CODE, CLOSED, LOCKED }

    public record SelfCheckIn(Outcome outcome, Instant checkedInAt, int triesLeft) implements java.io.Serializable {
    }

    /** A participant's code scanned or typed by staff for this seminar. */
    @Audited("attendance")
    public CheckedIn byCode(long seminarId, String typed, String by) {
        String code = ShortCode.normalise(typed);
        if (!ShortCode.isCode(code, Participant.CHECKIN_CODE_LENGTH)) {
            throw DomainException.invalid("code", "A check-in code is 8 letters and digits").withCode("checkin.codeFormat");
        }
        Participant person = em.createQuery("select p from Participant p where p.checkinCode = :code", Participant.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.invalid("code", "No participant has this code").withCode("checkin.unknownCode"));
        if (!person.registration().seminar().id().equals(seminarId)) {
            throw DomainException.conflict("This code is for another seminar").withCode("checkin.otherSeminar");
        }
        if (person.registration().status() != RegistrationStatus.CONFIRMED) {
            throw DomainException.conflict("This participant's registration is not confirmed").withCode("checkin.notConfirmed");
        }
        Instant now = clock.instant();
        ParticipantAttendance checkedIn = attendance.checkIn(seminarId, person.id(), by);
        return new CheckedIn(person.id(), person.name(), person.registration().organisation().name(),
                checkedIn.checkedInAt(), checkedIn.checkedInAt().isBefore(now));
    }

    @Inject
    org.seminardesk.registration.WalkIns walkIns;

    /** Someone who comes without having registered: registered at the door and checked in, in one step. */
    public CheckedIn walkIn(long seminarId, long organisationId, String name, String email, String by) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw DomainException.invalid("name", "A name of 1 to 100 characters").withCode("walkIn.name");
        }
        Participant person = walkIns.registerAtTheDoor(seminarId, organisationId,
                new org.seminardesk.registration.ParticipantDetails(name.strip(), email == null || email.isBlank() ? null : email.strip(), null), by);
        ParticipantAttendance checkedIn = attendance.checkIn(seminarId, person.id(), by);
        return new CheckedIn(person.id(), person.name(), person.registration().organisation().name(), checkedIn.checkedInAt(), false);
    }

    /** The seminar's self check-in code, made on first request under the seminar's lock (two staff see one code). */
    public String selfCheckinCode(long seminarId) {
        Seminar seminar = Optional.ofNullable(em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
        return seminar.selfCheckinCode();
    }

    public boolean selfCheckinOpen(long seminarId) {
        return attendance.seminar(seminarId).selfCheckinOpen(clock.instant());
    }

    /**
     * A participant checks in from their own page with the code staff show. Refusals are answers, not
     * exceptions, so that a wrong code is counted (after {@link ParticipantAttendance#MAX_WRONG_CODES} the page
     * stops taking codes).
     */
    public SelfCheckIn selfCheckIn(String participantToken, String typed) {
        Participant person = participants.byToken(participantToken)
                .orElseThrow(() -> DomainException.notFound("Participant", "link"));
        Seminar seminar = person.registration().seminar();
        if (person.registration().status() != RegistrationStatus.CONFIRMED) {
            throw DomainException.conflict("Only a confirmed participant checks in").withCode("checkin.notConfirmed");
        }
        Instant now = clock.instant();
        if (!seminar.selfCheckinOpen(now)) {
            return new SelfCheckIn(Outcome.CLOSED, null, 0);
        }
        ParticipantAttendance record = attendance.attendanceOf(person);
        if (record.checkedInAt() != null) {
            return new SelfCheckIn(Outcome.ALREADY, record.checkedInAt(), 0);
        }
        if (record.tooManyWrongCodes()) {
            return new SelfCheckIn(Outcome.LOCKED, null, 0);
        }
        if (!seminar.acceptsSelfCheckin(typed, now)) {
            return new SelfCheckIn(Outcome.WRONG_CODE, null, record.wrongCode());
        }
        ParticipantAttendance checkedIn = attendance.checkIn(seminar.id(), person.id(), "self");
        return new SelfCheckIn(Outcome.CHECKED_IN, checkedIn.checkedInAt(), 0);
    }
}
