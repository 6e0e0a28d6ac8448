package org.seminardesk.attendance;

import org.seminardesk.security.audit.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.DomainException;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarChanged;

/**
 * Imports of meeting reports, matching people to participants, check-in, and the seminar's attendance figures.
 * Every change takes the seminar's row lock first, so two staff importing, assigning or ticking off at once
 * leave the minutes right. A participant's minutes are the union of the times of everyone tied to them over all
 * imports, within the seminar's time (AttendanceWindow): the same event reported twice counts once.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ImportedPeople importedPeople;

    @Inject
    @ConfigProperty(name = "seminardesk.attendance.margin-minutes", defaultValue = "10")
    int marginMinutes;

    /** Reads, matches and stores a report; a file imported before changes nothing; a broken one stores nothing. */
    @Audited("attendance")
    public ImportView importReport(long seminarId, String fileName, byte[] content, String importedBy) {
        Seminar seminar = lockedSeminar(seminarId);
        String sha256 = sha256(content);
        Optional<AttendanceImport> earlier = em.createNamedQuery("AttendanceImport.findByFile", AttendanceImport.class)
                .setParameter("seminar", seminarId).setParameter("sha256", sha256).getResultStream().findFirst();
        if (earlier.isPresent()) {
            return view(earlier.get(), true);
        }
        AttendanceReports.Report report = AttendanceReports.read(content);
        List<ReportedPerson> people = ReportedPerson.of(report.intervals());
        requireWithinSeminar(people, window(seminar));
        AttendanceImport attendanceImport = new AttendanceImport(seminar, fileName, sha256, report.format(),
                report.intervals().size(), clock.instant(), importedBy);
        em.persist(attendanceImport);
        ParticipantMatcher matcher = new ParticipantMatcher(candidates(seminarId));
        importedPeople.insert(attendanceImport, people, matcher);
        recount(seminarId);
        return view(attendanceImport, false);
    }

    public List<ImportView> imports(long seminarId) {
        seminar(seminarId);
        return em.createNamedQuery("AttendanceImport.findForSeminar", AttendanceImport.class)
                .setParameter("seminar", seminarId).getResultStream().map(i -> view(i, false)).toList();
    }

    public ImportView importView(long importId) {
        return view(findImport(importId), false);
    }

    private AttendanceImport findImport(long importId) {
        return Optional.ofNullable(em.find(AttendanceImport.class, importId))
                .orElseThrow(() -> DomainException.notFound("Attendance import", importId));
    }

    /** A report of another day or seminar would count nothing: refused, naming both times, rather than stored. */
    private static void requireWithinSeminar(List<ReportedPerson> people, AttendanceWindow window) {
        OnlineTime reported = people.stream().map(ReportedPerson::time).reduce(OnlineTime.NONE, OnlineTime::union);
        if (!reported.isEmpty() && window.counted(reported).isEmpty()) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(JapaneseDates.TOKYO);
            String reportTime = format.format(reported.first()) + "–" + format.format(reported.last());
            String seminarTime = format.format(window.startsAt())
                    + (window.endsAt() == null ? "" : "–" + format.format(window.endsAt()));
            throw DomainException.invalid("file", "Nobody in this report was online during the seminar: the report covers "
                            + reportTime + ", the seminar " + seminarTime + ". Is it the report of another seminar or day?")
                    .withCode("attendance.otherTime", reportTime, seminarTime);
        }
    }

    /** A wrong file taken back: its people go, and the minutes are counted again without it. */
    @Audited("attendance")
    public void deleteImport(long importId) {
        AttendanceImport attendanceImport = findImport(importId);
        long seminarId = attendanceImport.seminar().id();
        lockedSeminar(seminarId);
        importedPeople.deleteAll(attendanceImport);
        em.remove(attendanceImport);
        recount(seminarId);
    }

    public List<PersonView> people(long importId) {
        findImport(importId);
        return em.createNamedQuery("ImportedPerson.findForImport", ImportedPerson.class)
                .setParameter("import", importId).getResultStream().map(PersonView::of).toList();
    }

    /** A page of the people no participant was found for, longest online first (a webinar can leave thousands). */
    public List<PersonView> unmatched(long seminarId, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw DomainException.invalid("max", "Pages start at 0 and hold 1 to " + MAX_PAGE + " people");
        }
        seminar(seminarId);
        return em.createNamedQuery("ImportedPerson.findUnmatched", ImportedPerson.class)
                .setParameter("seminar", seminarId).setParameter("none", MatchedBy.NONE)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(PersonView::of).toList();
    }

    public long unmatchedCount(long seminarId) {
        return em.createNamedQuery("ImportedPerson.countUnmatched", Long.class)
                .setParameter("seminar", seminarId).setParameter("none", MatchedBy.NONE).getSingleResult();
    }

    /** Staff say who a reported person is; the participant must be confirmed for the same seminar. */
    @Audited("attendance")
    public PersonView assign(long personId, long participantId) {
        ImportedPerson person = person(personId);
        long seminarId = person.attendanceImport().seminar().id();
        lockedSeminar(seminarId);
        person.assign(confirmedParticipant(seminarId, participantId, "participantId"));
        recount(seminarId);
        return PersonView.of(person);
    }

    @Audited("attendance")
    public PersonView ignore(long personId) {
        return change(personId, ImportedPerson::ignore);
    }

    @Audited("attendance")
    public PersonView unassign(long personId) {
        return change(personId, ImportedPerson::unassign);
    }

    @Audited("attendance")
    public ParticipantAttendance checkIn(long seminarId, long participantId, String by) {
        lockedSeminar(seminarId);
        ParticipantAttendance attendance = attendanceOf(confirmedParticipant(seminarId, participantId, "participantId"));
        attendance.checkIn(clock.instant(), by);
        return attendance;
    }

    @Audited("attendance")
    public ParticipantAttendance undoCheckIn(long seminarId, long participantId) {
        lockedSeminar(seminarId);
        ParticipantAttendance attendance = attendanceOf(confirmedParticipant(seminarId, participantId, "participantId"));
        attendance.undoCheckIn();
        return attendance;
    }

    public AttendanceRule rule(long seminarId) {
        Seminar seminar = seminar(seminarId);
        int threshold = Optional.ofNullable(em.find(AttendancePolicy.class, seminarId))
                .map(AttendancePolicy::thresholdPercent).orElse(AttendanceRule.DEFAULT_THRESHOLD_PERCENT);
        return AttendanceRule.of(threshold, seminar.startsAt(), seminar.endsAt());
    }

    @Audited("attendance")
    public AttendanceRule changeThreshold(long seminarId, int percent) {
        lockedSeminar(seminarId);
        AttendancePolicy policy = em.find(AttendancePolicy.class, seminarId);
        if (policy == null) {
            em.persist(new AttendancePolicy(seminarId, percent));
        } else {
            policy.change(percent);
        }
        em.flush();
        return rule(seminarId);
    }

    /** Every confirmed participant with their minutes, check-in and verdict, by organisation. */
    public List<AttendanceRow> rows(long seminarId) {
        AttendanceRule rule = rule(seminarId);
        Map<Long, ParticipantAttendance> known = em.createNamedQuery("ParticipantAttendance.findForSeminar",
                        ParticipantAttendance.class).setParameter("seminar", seminarId).getResultStream()
                .collect(Collectors.toMap(ParticipantAttendance::participantId, a -> a));
        return em.createNamedQuery("Registration.participantsWithOrganisation", Object[].class)
                .setParameter("seminar", seminarId).setParameter("status", RegistrationStatus.CONFIRMED)
                .getResultStream().map(r -> {
                    Participant participant = (Participant) r[0];
                    Organisation organisation = (Organisation) r[1];
                    ParticipantAttendance attendance = known.get(participant.id());
                    long minutes = attendance == null ? 0 : attendance.onlineMinutes();
                    Instant checkedIn = attendance == null ? null : attendance.checkedInAt();
                    return new AttendanceRow(participant.id(), participant.name(), participant.email(), organisation.id(),
                            organisation.name(), organisation.facilityType(), minutes, checkedIn,
                            rule.attended(minutes, checkedIn != null), participant.mode());
                }).toList();
    }

    /** One participant's row, without working out the whole seminar's (their own page asks on every view). */
    public AttendanceRow row(Participant participant) {
        Organisation organisation = participant.registration().organisation();
        AttendanceRule rule = rule(participant.registration().seminar().id());
        ParticipantAttendance attendance = em.find(ParticipantAttendance.class, participant.id());
        long minutes = attendance == null ? 0 : attendance.onlineMinutes();
        Instant checkedIn = attendance == null ? null : attendance.checkedInAt();
        boolean confirmed = participant.registration().status() == RegistrationStatus.CONFIRMED;
        return new AttendanceRow(participant.id(), participant.name(), participant.email(), organisation.id(),
                organisation.name(), organisation.facilityType(), minutes, checkedIn,
                confirmed && rule.attended(minutes, checkedIn != null), participant.mode());
    }

    public AttendanceRow row(long seminarId, long participantId) {
        return rows(seminarId).stream().filter(r -> r.participantId() == participantId).findFirst()
                .orElseThrow(() -> DomainException.notFound("Participant", participantId));
    }

    public AttendanceReview review(long seminarId) {
        return AttendanceReview.of(seminar(seminarId), rule(seminarId), rows(seminarId), (int) unmatchedCount(seminarId));
    }

    private ImportView view(AttendanceImport attendanceImport, boolean alreadyImported) {
        Map<MatchedBy, Long> counts = em.createNamedQuery("ImportedPerson.countByMatch", Object[].class)
                .setParameter("import", attendanceImport.id()).getResultStream()
                .collect(Collectors.toMap(r -> (MatchedBy) r[0], r -> (Long) r[1]));
        return ImportView.of(attendanceImport, counts, alreadyImported);
    }

    public List<ParticipantMatcher.Candidate> candidates(long seminarId) {
        return em.createNamedQuery("Registration.participantsWithOrganisation", Object[].class)
                .setParameter("seminar", seminarId).setParameter("status", RegistrationStatus.CONFIRMED)
                .getResultStream().map(r -> (Participant) r[0])
                .map(p -> new ParticipantMatcher.Candidate(p.id(), p.name(), p.email())).toList();
    }

    public Seminar seminar(long seminarId) {
        return Optional.ofNullable(em.find(Seminar.class, seminarId))
                .orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
    }

    private PersonView change(long personId, Consumer<ImportedPerson> change) {
        ImportedPerson person = person(personId);
        long seminarId = person.attendanceImport().seminar().id();
        lockedSeminar(seminarId);
        change.accept(person);
        recount(seminarId);
        return PersonView.of(person);
    }

    private ImportedPerson person(long personId) {
        return Optional.ofNullable(em.find(ImportedPerson.class, personId))
                .orElseThrow(() -> DomainException.notFound("Imported person", personId));
    }

    private Participant confirmedParticipant(long seminarId, long participantId, String field) {
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null || !participant.registration().seminar().id().equals(seminarId)
                || participant.registration().status() != RegistrationStatus.CONFIRMED) {
            throw DomainException.invalid(field, "Participant " + participantId + " is not confirmed for seminar " + seminarId)
                    .withCode("attendance.notParticipant");
        }
        return participant;
    }

    /** The participant's attendance record, made when first needed (check-in by code counts wrong codes on it). */
    public ParticipantAttendance attendanceOf(Participant participant) {
        ParticipantAttendance attendance = em.find(ParticipantAttendance.class, participant.id());
        if (attendance == null) {
            attendance = new ParticipantAttendance(participant.id());
            em.persist(attendance);
        }
        return attendance;
    }

    /** A seminar's new time changes which minutes count. Runs in the change's transaction, under its row lock. */
    void onSeminarChanged(@Observes SeminarChanged change) {
        if (change.change() == SeminarChanged.Change.DETAILS_CHANGED) {
            recount(change.seminar().id());
        }
    }

    private AttendanceWindow window(Seminar seminar) {
        return new AttendanceWindow(seminar.startsAt(), seminar.endsAt(), Duration.ofMinutes(Math.max(0, marginMinutes)));
    }

    /** Each participant's online minutes: the union of the times of the people tied to them, within the seminar. */
    private void recount(long seminarId) {
        em.flush();
        Map<Long, OnlineTime> times = new HashMap<>();
        em.createNamedQuery("ImportedPerson.timeByParticipant", Object[].class).setParameter("seminar", seminarId)
                .getResultStream().forEach(r -> times.merge((Long) r[0], OnlineTime.decode((String) r[1]), OnlineTime::union));
        AttendanceWindow window = window(seminar(seminarId));
        Map<Long, Long> minutes = new HashMap<>();
        times.forEach((participantId, time) -> minutes.put(participantId, window.minutesOf(time)));
        Map<Long, ParticipantAttendance> known = em.createNamedQuery("ParticipantAttendance.findForSeminar",
                        ParticipantAttendance.class).setParameter("seminar", seminarId).getResultStream()
                .collect(Collectors.toMap(ParticipantAttendance::participantId, a -> a));
        known.values().forEach(a -> a.onlineFor(minutes.getOrDefault(a.participantId(), 0L)));
        minutes.forEach((participantId, total) -> {
            if (!known.containsKey(participantId)) {
                ParticipantAttendance attendance = new ParticipantAttendance(participantId);
                attendance.onlineFor(total);
                em.persist(attendance);
            }
        });
    }

    private Seminar lockedSeminar(long seminarId) {
        return Optional.ofNullable(em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
