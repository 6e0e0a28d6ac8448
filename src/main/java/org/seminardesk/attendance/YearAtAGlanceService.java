package org.seminardesk.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.seminardesk.organisation.OrganisationService;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarKind;
import org.seminardesk.seminar.SeminarStatus;

/**
 * The year at a glance: every seminar and meeting of a fiscal year that has begun (not drafts, not cancelled),
 * its attendance under each seminar's own rule, and the meetings' recorded presence.
 */
@ApplicationScoped
@Transactional
public class YearAtAGlanceService {

    static final int FIRST_YEAR = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceService attendance;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    public YearAtAGlance glance(int fiscalYear) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > 2100) {
            throw DomainException.notFound("Fiscal year", fiscalYear);
        }
        List<Seminar> begun = em.createQuery("""
                        select s from Seminar s where s.fiscalYear = :year and s.status in :statuses and s.startsAt <= :now
                        order by s.startsAt, s.id""", Seminar.class)
                .setParameter("year", fiscalYear).setParameter("statuses", List.of(SeminarStatus.PUBLISHED, SeminarStatus.HELD))
                .setParameter("now", clock.instant()).getResultList();
        List<YearAtAGlance.Member> members = organisations.active().stream().filter(o -> o.member())
                .map(o -> new YearAtAGlance.Member(o.id(), o.name(), o.facilityType())).toList();
        return YearAtAGlance.of(fiscalYear, members,
                begun.stream().filter(s -> s.kind() != SeminarKind.MEETING)
                        .map(s -> new YearAtAGlance.SeminarRows(s.id(), attendance.rows(s.id()))).toList(),
                begun.stream().filter(s -> s.kind() == SeminarKind.MEETING)
                        .map(s -> s.roster().stream().filter(line -> line.organisation() != null)
                                .map(line -> new YearAtAGlance.RosterPresence(line.organisation().id(), line.present())).toList())
                        .toList());
    }

    public int currentFiscalYear() {
        return JapaneseDates.fiscalYearOf(java.time.LocalDate.now(clock.withZone(JapaneseDates.TOKYO)));
    }

    /** The fiscal years that have seminars or meetings, newest first, and the current one. */
    public List<Integer> years() {
        List<Integer> years = new java.util.ArrayList<>(em.createQuery(
                "select distinct s.fiscalYear from Seminar s where s.status <> :draft", Integer.class)
                .setParameter("draft", SeminarStatus.DRAFT).getResultList());
        if (!years.contains(currentFiscalYear())) {
            years.add(currentFiscalYear());
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }
}
