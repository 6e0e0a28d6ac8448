package org.seminardesk.seminar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The public list page (index.xhtml): what is coming up, then what was held, newest first. */
@Named
@RequestScoped
public class SeminarCatalogue {

    @Inject
    SeminarService seminars;

    @Inject
    Clock clock;

    private List<SeminarView> upcoming;
    private List<SeminarView> past;

    @PostConstruct
    void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        upcoming = new ArrayList<>();
        past = new ArrayList<>();
        for (SeminarView seminar : seminars.publicCatalogue()) {
            OffsetDateTime over = seminar.endsAt() != null ? seminar.endsAt() : seminar.startsAt().plusDays(1);
            (over.isAfter(now) ? upcoming : past).add(seminar);
        }
        Collections.reverse(past);
    }

    public List<SeminarView> getUpcoming() {
        return upcoming;
    }

    public List<SeminarView> getPast() {
        return past;
    }
}
