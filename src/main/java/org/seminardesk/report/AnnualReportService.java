package org.seminardesk.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.seminardesk.attendance.AttendanceRow;
import org.seminardesk.attendance.AttendanceService;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.probono.ProBonoService;
import org.seminardesk.seminar.MeetingAttendee;
import org.seminardesk.seminar.AttendanceMode;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarFormat;
import org.seminardesk.seminar.SeminarKind;
import org.seminardesk.seminar.SeminarStatus;

/** Gathers a fiscal year's meetings, seminars, attendance and pro bono matches into the annual report. */
@ApplicationScoped
@Transactional
public class AnnualReportService {

    static final int FIRST_YEAR = 2000;
    static final int MAX_PLANS = 8000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AttendanceService attendance;

    @Inject
    ProBonoService probono;

    @Inject
    org.seminardesk.attendance.YearAtAGlanceService year;

    public AnnualReport report(int fiscalYear) {
        requireYear(fiscalYear);
        List<Seminar> held = em.createQuery("""
                        select s from Seminar s where s.fiscalYear = :year and s.status in :statuses order by s.startsAt, s.id""", Seminar.class)
                .setParameter("year", fiscalYear).setParameter("statuses", List.of(SeminarStatus.PUBLISHED, SeminarStatus.HELD))
                .getResultList();
        return new AnnualReport(fiscalYear, JapaneseDates.fiscalYear(fiscalYear), JapaneseDates.fiscalYear(fiscalYear + 1),
                held.stream().filter(s -> s.kind() == SeminarKind.MEETING).map(AnnualReportService::meeting).toList(),
                held.stream().filter(s -> s.kind() != SeminarKind.MEETING).map(this::seminar).toList(),
                probono.matchesIn(fiscalYear).stream().map(m -> new AnnualReport.ProBono(m.organisation(), m.need(), m.offer(),
                        PageTexts.japanese("ProBonoMatch." + m.outcome()))).toList(),
                plans(fiscalYear), year.glance(fiscalYear));
    }

    public int currentFiscalYear() {
        return JapaneseDates.fiscalYearOf(java.time.LocalDate.now(clock.withZone(JapaneseDates.TOKYO)));
    }

    public byte[] docx(int fiscalYear) {
        return AnnualReportDocument.docx(report(fiscalYear));
    }

    public String plans(int fiscalYear) {
        requireYear(fiscalYear);
        return Optional.ofNullable(em.find(AnnualReportPlan.class, fiscalYear)).map(AnnualReportPlan::plans).orElse("");
    }

    public void writePlans(int fiscalYear, String plans) {
        requireYear(fiscalYear);
        if (plans == null || plans.length() > MAX_PLANS) {
            throw DomainException.invalid("plans", "The plans are up to " + MAX_PLANS + " characters").withCode("report.plans", MAX_PLANS);
        }
        AnnualReportPlan plan = em.find(AnnualReportPlan.class, fiscalYear);
        if (plan == null) {
            plan = new AnnualReportPlan(fiscalYear);
            plan.write(plans, clock.instant());
            em.persist(plan);
        } else {
            plan.write(plans, clock.instant());
        }
    }

    private static void requireYear(int fiscalYear) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > 2100) {
            throw DomainException.notFound("Fiscal year", fiscalYear);
        }
    }

    private static AnnualReport.Meeting meeting(Seminar meeting) {
        List<MeetingAttendee> roster = meeting.roster();
        boolean presenceRecorded = roster.stream().anyMatch(line -> line.present() != null);
        return new AnnualReport.Meeting(meeting.titleJa(), meeting.dateLabel(), meeting.format() == SeminarFormat.WRITTEN, venueOf(meeting),
                meeting.agenda().stream().map(item -> new AnnualReport.Item(item.title(), item.summary())).toList(),
                roster.stream().filter(line -> line.role() == MeetingAttendee.Role.CHAIR).map(line -> "部会長：" + line.displayName()).toList(),
                roster.stream().filter(line -> line.role() == MeetingAttendee.Role.MEMBER)
                        .filter(line -> !presenceRecorded || Boolean.TRUE.equals(line.present()))
                        .map(MeetingAttendee::displayName).toList());
    }

    private AnnualReport.Seminar seminar(Seminar seminar) {
        List<AttendanceRow> rows = attendance.rows(seminar.id());
        boolean recorded = rows.stream().anyMatch(r -> r.onlineMinutes() > 0 || r.checkedIn());
        int attended = (int) rows.stream().filter(AttendanceRow::attended).count();
        return new AnnualReport.Seminar(seminar.titleJa(), seminar.dateLabel(), PageTexts.japanese("SeminarFormat." + seminar.format()),
                seminar.speakers().stream().map(s -> s.name() + lecturerNote(s.affiliation(), s.title())).toList(),
                seminar.description(), rows.size(), recorded ? attended : null,
                recorded && !rows.isEmpty() ? (int) Math.round(attended * 100.0 / rows.size()) : null,
                seminar.asksForMode() ? byMode(rows, recorded) : null);
    }

    /** 会場 12 名（出席 10 名）、オンライン 30 名（出席 25 名）: the counts per mode of a hybrid seminar. */
    private static String byMode(List<AttendanceRow> rows, boolean recorded) {
        List<String> parts = new java.util.ArrayList<>();
        for (AttendanceMode mode : AttendanceMode.values()) {
            List<AttendanceRow> ofMode = rows.stream().filter(r -> r.mode() == mode).toList();
            long attendedOfMode = ofMode.stream().filter(AttendanceRow::attended).count();
            parts.add((mode == AttendanceMode.VENUE ? "会場 " : "オンライン ") + ofMode.size() + " 名"
                    + (recorded ? "（出席 " + attendedOfMode + " 名）" : ""));
        }
        return String.join("、", parts);
    }

    private static String lecturerNote(String affiliation, String title) {
        String note = ((affiliation == null ? "" : affiliation) + " " + (title == null ? "" : title)).strip();
        return note.isEmpty() ? "" : "（" + note + "）";
    }

    private static String venueOf(Seminar seminar) {
        if (seminar.place() == null) {
            return seminar.venue();
        }
        return seminar.place().name() + (seminar.venue() == null ? "" : "　" + seminar.venue());
    }
}
