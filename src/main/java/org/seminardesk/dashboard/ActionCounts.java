package org.seminardesk.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.registration.OrganiserDashboard;

/**
 * What waits for an organiser, counted for the dashboard (manage/index.xhtml): each figure links to the page
 * where it is dealt with, and one that needs action (failed mail, unmatched attendance rows, full seminars
 * with people waiting) is marked.
 */
@Named
@RequestScoped
public class ActionCounts {

    /** One figure: bundle key of its label, the page that deals with it, whether it asks for action now. */
    public record Count(String labelKey, long figure, String path, boolean needsAction) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganiserDashboard seminars;

    @Inject
    Clock clock;

    private List<Count> counts;

    @PostConstruct
    void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long full = seminars.getUpcoming().stream().filter(r -> r.seminar().seatsLeft() == 0).count();
        long waiting = seminars.getUpcoming().stream().mapToLong(OrganiserDashboard.Row::waitlisted).sum();
        long failed = count("select count(*) from mail_outbox where status = 'FAILED'", null);
        long pending = count("select count(*) from mail_outbox where status = 'PENDING'", null);
        long unmatched = count("select count(*) from imported_person where matched_by = 'NONE'", null);
        counts = List.of(
                new Count("counts.fullSeminars", full, "manage/index.xhtml#dashboard", false),
                new Count("counts.waitlisted", waiting, "manage/index.xhtml#dashboard", waiting > 0),
                new Count("counts.failedMail", failed, "manage/mail.xhtml?status=FAILED", failed > 0),
                new Count("counts.waitingMail", pending, "manage/mail.xhtml?status=PENDING", false),
                new Count("counts.openSurveys", count("select count(*) from survey where status = 'SENT' and deadline > ?1", now),
                        "manage/surveys.xhtml", false),
                new Count("counts.openConsultations", count("select count(*) from written_consultation where reply_deadline > ?1", now),
                        "manage/seminars.xhtml", false),
                new Count("counts.openProBono", count("select count(*) from probono_need where status = 'OPEN'", null),
                        "manage/probono.xhtml", false),
                new Count("counts.unmatchedRows", unmatched, "staff/index.xhtml", unmatched > 0));
    }

    private long count(String sql, OffsetDateTime now) {
        var query = em.createNativeQuery(sql);
        if (now != null) {
            query.setParameter(1, now);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<Count> getCounts() {
        return counts;
    }
}
