package org.seminardesk.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.seminardesk.seminar.SeminarService;
import org.seminardesk.seminar.SeminarStatus;
import org.seminardesk.seminar.SeminarView;

/**
 * The organisers' start page (manage/index.xhtml) and the staff page (staff/index.xhtml): what is coming up,
 * drafts included, and what was held lately, with seats and waitlists.
 */
@Named
@RequestScoped
public class OrganiserDashboard {

    private static final int RECENT_DAYS = 90;

    /** A seminar with its registration figures. */
    public record Row(SeminarView seminar, long confirmed, long waitlisted) implements java.io.Serializable {
    }

    @Inject
    SeminarService seminars;

    @Inject
    RegistrationService registrations;

    @Inject
    Clock clock;

    private List<Row> upcoming;
    private List<Row> recent;

    @PostConstruct
    void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, Long> waitlisted = registrations.participantsBySeminar(RegistrationStatus.WAITLISTED);
        List<SeminarView> all = seminars.organiserViews(List.of(SeminarStatus.DRAFT, SeminarStatus.PUBLISHED, SeminarStatus.HELD));
        upcoming = all.stream().filter(s -> s.status() != SeminarStatus.HELD && s.over().isAfter(now))
                .map(s -> row(s, waitlisted)).toList();
        recent = all.stream().filter(s -> s.status() != SeminarStatus.DRAFT && !s.over().isAfter(now)
                        && s.over().isAfter(now.minusDays(RECENT_DAYS)))
                .sorted(java.util.Comparator.comparing(SeminarView::startsAt).reversed())
                .map(s -> row(s, waitlisted)).toList();
    }

    private static Row row(SeminarView s, Map<Long, Long> waitlisted) {
        return new Row(s, s.capacity() - s.seatsLeft(), waitlisted.getOrDefault(s.id(), 0L));
    }

    public List<Row> getUpcoming() {
        return upcoming;
    }

    /** Held in the last 90 days, newest first: what staff review and export after the event. */
    public List<Row> getRecent() {
        return recent;
    }
}
