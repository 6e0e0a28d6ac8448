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

/** The organisers' start page (manage/index.xhtml): what is coming up, drafts included, with seats and waitlists. */
@Named
@RequestScoped
public class OrganiserDashboard {

    /** A seminar with its registration figures. */
    public record Row(SeminarView seminar, long confirmed, long waitlisted) {
    }

    @Inject
    SeminarService seminars;

    @Inject
    RegistrationService registrations;

    @Inject
    Clock clock;

    private List<Row> upcoming;

    @PostConstruct
    void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, Long> waitlisted = registrations.participantsBySeminar(RegistrationStatus.WAITLISTED);
        upcoming = seminars.organiserViews(List.of(SeminarStatus.DRAFT, SeminarStatus.PUBLISHED)).stream()
                .filter(s -> (s.endsAt() != null ? s.endsAt() : s.startsAt().plusDays(1)).isAfter(now))
                .map(s -> new Row(s, s.capacity() - s.seatsLeft(), waitlisted.getOrDefault(s.id(), 0L)))
                .toList();
    }

    public List<Row> getUpcoming() {
        return upcoming;
    }
}
