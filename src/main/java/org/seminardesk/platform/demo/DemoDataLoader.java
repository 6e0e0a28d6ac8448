package org.seminardesk.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.organisation.ContactDetails;
import org.seminardesk.organisation.OrganisationContacts;
import org.seminardesk.organisation.OrganisationDetails;
import org.seminardesk.organisation.OrganisationService;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.seminar.MeetingAttendee;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.report.AnnualReportService;
import org.seminardesk.seminar.SeminarDetails;
import org.seminardesk.seminar.SeminarOptions;
import org.seminardesk.seminar.SeminarService;
import org.seminardesk.speaker.Speaker;
import org.seminardesk.speaker.SpeakerDetails;
import org.seminardesk.speaker.SpeakerService;

/**
 * Loads the demo data drawn from the council's activity report into an empty database (DemoDataStart calls it
 * on start-up) when SEMINARDESK_DEMO_DATA=true (MicroProfile Config: seminardesk.demo-data), never in production.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String RESOURCE = "/demo/demo-data.json";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    SpeakerService speakers;

    @Inject
    SeminarService seminars;

    @Inject
    AnnualReportService reports;

    @Inject
    Clock clock;

    @Inject
    OrganisationContacts contacts;

    /** Off unless asked for (the run command of README.md asks): a production server never gets made-up people. */
    @Inject
    @ConfigProperty(name = "seminardesk.demo-data", defaultValue = "false")
    boolean enabled;

    /** SEMINARDESK_PRODUCTION=true: demo data is never loaded, whatever else is set. */
    @Inject
    @ConfigProperty(name = "seminardesk.production", defaultValue = "false")
    boolean production;

    /** Loads the demo data if it is switched on and the database has no organisation yet. */
    @Transactional
    void loadIntoEmptyDatabase() {
        if (!enabled) {
            return;
        }
        if (production) {
            LOG.warn("SEMINARDESK_DEMO_DATA is set on a production server (SEMINARDESK_PRODUCTION=true): demo data not loaded");
            return;
        }
        if (hasData()) {
            LOG.debug("Database already has data: demo data not loaded");
            return;
        }
        DemoData data = read();
        for (DemoData.DemoOrganisation o : data.organisations()) {
            long id = organisations.create(new OrganisationDetails(o.name(), o.facilityType(), null, null, null)).id();
            if (o.contacts() != null) {
                o.contacts().forEach(c -> contacts.add(id, new ContactDetails(c.name(), c.email(), null, c.role())));
            }
        }
        data.speakers().forEach(s -> speakers.create(new SpeakerDetails(s.name(), s.affiliation(), s.title(), s.bio())));
        em.flush();
        data.seminars().forEach(this::load);
        if (data.reportPlans() != null) {
            data.reportPlans().forEach(plan -> reports.writePlans(plan.fiscalYear(), plan.plans()));
        }
        LOG.infof("Demo data loaded: %d organisations, %d speakers, %d seminars",
                data.organisations().size(), data.speakers().size(), data.seminars().size());
    }

    @Transactional
    boolean hasData() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() > 0;
    }

    static DemoData read() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(RESOURCE); Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(Objects.requireNonNull(in, RESOURCE + " is missing"), DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    private void load(DemoData.DemoSeminar s) {
        Instant starts = s.startsAt() != null ? s.startsAt().toInstant() : upcomingStart(s);
        Instant ends = s.endsAt() != null ? s.endsAt().toInstant()
                : s.durationMinutes() != null ? starts.plus(Duration.ofMinutes(s.durationMinutes())) : null;
        Instant deadline = s.deadlineDaysBefore() != null ? starts.minus(Duration.ofDays(s.deadlineDaysBefore())) : null;
        List<Long> speakerIds = s.speakers() == null ? List.of() : s.speakers().stream().map(this::speakerId).toList();
        Seminar seminar = seminars.create(new SeminarDetails(s.titleJa(), s.titleEn(), s.description(), s.kind(),
                s.format(), starts, ends, s.venue(), s.onlineLink(), s.capacity(), deadline, s.venueCapacity(), s.onlineCapacity()),
                s.status(),
                new SeminarOptions(speakerIds, null, null, null));
        if (s.agenda() != null) {
            s.agenda().forEach(item -> seminar.addAgendaItem(item.title(), item.summary()));
        }
        if (s.chair() != null) {
            seminar.addToRoster(MeetingAttendee.Role.CHAIR, null, s.chair());
        }
        if (s.members() != null) {
            s.members().forEach(name -> seminar.addToRoster(MeetingAttendee.Role.MEMBER, organisation(name), null));
        }
    }

    private Instant upcomingStart(DemoData.DemoSeminar s) {
        LocalDate day = workingDayFrom(LocalDate.now(clock.withZone(JapaneseDates.TOKYO)).plusDays(s.daysFromFirstStart()));
        return day.atTime(LocalTime.parse(s.time())).atZone(JapaneseDates.TOKYO).toInstant();
    }

    /** The first weekday on or after the given day that is not in the year-end holidays (29 Dec – 3 Jan). */
    static LocalDate workingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (candidate.getDayOfWeek().getValue() >= 6 || isYearEndHoliday(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static boolean isYearEndHoliday(LocalDate day) {
        return (day.getMonthValue() == 12 && day.getDayOfMonth() >= 29) || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 3);
    }

    private Organisation organisation(String name) {
        return organisations.findByName(name)
                .orElseThrow(() -> new IllegalStateException("Demo roster names unknown organisation " + name));
    }

    private long speakerId(String name) {
        return em.createNamedQuery("Speaker.findByName", Speaker.class).setParameter("name", name)
                .getResultStream().findFirst().map(Speaker::id)
                .orElseThrow(() -> new IllegalStateException("Demo seminar names unknown speaker " + name));
    }
}
