package org.seminardesk.seminar;

import org.seminardesk.security.audit.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.speaker.Speaker;

/** Seminars, meetings and pro bono sessions: creation, edits and status changes, all checked by the entity. */
@ApplicationScoped
@Transactional
public class SeminarService {

    /** What the public may see: everything but drafts. */
    public static final List<SeminarStatus> PUBLIC_STATUSES =
            List.of(SeminarStatus.PUBLISHED, SeminarStatus.HELD, SeminarStatus.CANCELLED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SeminarChanged> changes;

    @Inject
    Clock clock;

    public List<Seminar> listInStatuses(Collection<SeminarStatus> statuses) {
        return em.createNamedQuery("Seminar.findInStatuses", Seminar.class)
                .setParameter("statuses", statuses).getResultList();
    }

    public Optional<Seminar> find(long id) {
        return Optional.ofNullable(em.find(Seminar.class, id));
    }

    public Optional<Seminar> findPublic(long id) {
        return find(id).filter(seminar -> PUBLIC_STATUSES.contains(seminar.status()));
    }

    /** The public programme as views, built inside the transaction that loaded it. */
    public List<SeminarView> publicCatalogue() {
        return listInStatuses(PUBLIC_STATUSES).stream().map(SeminarView::forPublic).toList();
    }

    public Optional<SeminarView> organiserView(long id) {
        return find(id).map(SeminarView::forOrganisers);
    }

    /** Seminars in the given statuses as organisers see them, built inside the transaction. */
    public List<SeminarView> organiserViews(Collection<SeminarStatus> statuses) {
        return listInStatuses(statuses).stream().map(SeminarView::forOrganisers).toList();
    }

    /** The seminar, if it is published and its registration deadline (or start) is still ahead. */
    public Optional<SeminarView> openForRegistration(long id) {
        Instant now = clock.instant();
        return findPublic(id).filter(s -> s.status() == SeminarStatus.PUBLISHED && now.isBefore(s.registrationCloses()))
                .map(SeminarView::forPublic);
    }

    public Optional<SeminarView> publicView(long id) {
        return findPublic(id).map(SeminarView::forPublic);
    }

    /**
     * The public programme as an iCalendar feed (all kinds, or one), or one public seminar (seminarId) for
     * "add to calendar"; empty when that seminar is not public. page: a seminar's public page address.
     */
    public Optional<String> calendar(SeminarKind kind, Long seminarId, java.util.function.Function<Seminar, String> page) {
        List<Seminar> seminars = seminarId != null ? findPublic(seminarId).map(List::of).orElse(List.of())
                : listInStatuses(PUBLIC_STATUSES).stream().filter(s -> kind == null || s.kind() == kind).toList();
        if (seminarId != null && seminars.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SeminarCalendar.feed(seminars, page, clock.instant()));
    }

    @Audited("seminar")
    public Seminar create(SeminarDetails details, SeminarStatus status, SeminarOptions options) {
        Seminar seminar = new Seminar(details);
        apply(seminar, options);
        if (status != null) {
            seminar.changeStatus(status);
        }
        em.persist(seminar);
        return seminar;
    }

    /**
     * Edits under the seminar's row lock, like registrations, so an edit and a registration never clash.
     * More seats or a cancellation are announced to registration through {@link SeminarChanged}.
     */
    @Audited("seminar")
    public Seminar update(long id, SeminarDetails details, SeminarStatus status, SeminarOptions options,
                          String cancelReason) {
        Seminar seminar = Optional.ofNullable(em.find(Seminar.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("Seminar", id));
        SeminarStatus before = seminar.status();
        List<Integer> roomBefore = room(seminar);
        List<Object> whenWhereBefore = seminar.whenAndWhere();
        seminar.update(details);
        apply(seminar, options);
        if (status != null) {
            seminar.changeStatus(status);
        }
        if (seminar.status() == SeminarStatus.CANCELLED && before != SeminarStatus.CANCELLED) {
            changes.fire(new SeminarChanged(seminar, SeminarChanged.Change.CANCELLED, cancelReason));
        } else {
            if (seminar.status() == SeminarStatus.PUBLISHED && !seminar.whenAndWhere().equals(whenWhereBefore)) {
                changes.fire(new SeminarChanged(seminar, SeminarChanged.Change.DETAILS_CHANGED, null));
            }
            if (moreRoom(room(seminar), roomBefore) || seminar.status() != before) {
                changes.fire(new SeminarChanged(seminar, SeminarChanged.Change.SEATS_AVAILABLE, null));
            }
        }
        return seminar;
    }

    /** Seats left in total, at the venue and online: more of any may let someone off the waitlist. */
    private static List<Integer> room(Seminar seminar) {
        return List.of(seminar.seatsLeft(), seminar.seatsLeft(AttendanceMode.VENUE), seminar.seatsLeft(AttendanceMode.ONLINE));
    }

    private static boolean moreRoom(List<Integer> now, List<Integer> before) {
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) > before.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Inject
    Event<SeminarCopied> copies;

    /** A draft copy of a seminar or meeting on another day (see {@link Seminar#copyStartingAt}). */
    @Audited("seminar")
    public Seminar copy(long id, java.time.LocalDate newDay) {
        Seminar original = find(id).orElseThrow(() -> DomainException.notFound("Seminar", id));
        if (newDay == null) {
            throw DomainException.invalid("startDate", "Give the new date").withCode("seminar.copyDateRequired");
        }
        java.time.ZonedDateTime start = original.startsAtInTokyo();
        Seminar copy = original.copyStartingAt(newDay.atTime(start.toLocalTime()).atZone(start.getZone()).toInstant());
        em.persist(copy);
        copies.fire(new SeminarCopied(original, copy));
        return copy;
    }

    private void apply(Seminar seminar, SeminarOptions options) {
        if (options.speakerIds() != null) {
            seminar.replaceSpeakers(speakers(options.speakerIds()));
        }
        if (options.venueId() != null) {
            seminar.holdAt(Optional.ofNullable(em.find(Venue.class, options.venueId()))
                    .orElseThrow(() -> DomainException.invalid("venueId", "Venue " + options.venueId() + " does not exist")));
        }
        if (options.reminderHoursBefore() != null) {
            seminar.changeReminders(ReminderSchedule.of(options.reminderHoursBefore()));
        }
        if (options.linkReleaseMinutesBefore() != null) {
            seminar.releaseLinkMinutesBefore(options.linkReleaseMinutesBefore());
        }
    }

    private List<Speaker> speakers(List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(id -> Optional.ofNullable(em.find(Speaker.class, id))
                        .orElseThrow(() -> DomainException.invalid("speakerIds", "Speaker " + id + " does not exist")))
                .distinct().toList();
    }
}
