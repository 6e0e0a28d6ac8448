package org.seminardesk.mail.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.seminardesk.attendance.AttendanceRow;
import org.seminardesk.attendance.AttendanceService;
import org.seminardesk.mail.MailTemplates;
import org.seminardesk.mail.OutboxMail;
import org.seminardesk.mail.OutboxStore;
import org.seminardesk.mail.Notifications;
import org.seminardesk.mail.RenderedMail;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarStatus;

/**
 * Drafts, recipient previews and sending of announcements. Sending writes every recipient's mail into the
 * outbox in one transaction, so an announcement is either wholly queued or not at all; the dispatcher
 * delivers it and the outbox rows are its per-recipient status.
 */
@ApplicationScoped
@Transactional
public class AnnouncementService {

    static final String KIND = "announcement";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxStore outbox;

    @Inject
    Notifications notifications;

    @Inject
    MailTemplates templates;

    @Inject
    AttendanceService attendance;

    public List<Announcement> list() {
        return em.createNamedQuery("Announcement.findAll", Announcement.class).getResultList();
    }

    public Announcement find(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id))
                .orElseThrow(() -> DomainException.notFound("Announcement", id));
    }

    @Audited("announcement")
    public Announcement create(AnnouncementDetails details, String organiser) {
        Announcement announcement = new Announcement(details, seminar(details), organiser, clock.instant());
        em.persist(announcement);
        return announcement;
    }

    @Audited("announcement")
    public Announcement edit(long id, AnnouncementDetails details) {
        Announcement announcement = find(id);
        announcement.edit(details, seminar(details));
        return announcement;
    }

    @Audited("announcement")
    public void delete(long id) {
        Announcement announcement = find(id);
        announcement.requireDraft();
        em.remove(announcement);
    }

    /** Who would receive it now, one entry per address; and the organisations left out for want of an address. */
    public AudiencePreview audienceOf(Announcement announcement) {
        List<Recipient> candidates = new ArrayList<>();
        List<String> withoutAddress = new ArrayList<>();
        switch (announcement.audience()) {
            case ALL_ORGANISATIONS, FACILITY_TYPES -> {
                for (Organisation organisation : em.createNamedQuery("Organisation.findActive", Organisation.class).getResultList()) {
                    if (announcement.audience() == Announcement.Audience.FACILITY_TYPES
                            && !announcement.facilityTypes().contains(organisation.facilityType())) {
                        continue;
                    }
                    if (organisation.email() == null || organisation.email().isBlank()) {
                        withoutAddress.add(organisation.name());
                    } else {
                        candidates.add(new Recipient(organisation.email(), organisation.contactPerson(),
                                organisation.name(), organisation.language()));
                    }
                }
            }
            case SEMINAR_REGISTRANTS -> {
                EnumSet<RegistrationStatus> statuses = EnumSet.noneOf(RegistrationStatus.class);
                if (announcement.toConfirmed()) {
                    statuses.add(RegistrationStatus.CONFIRMED);
                }
                if (announcement.toWaitlisted()) {
                    statuses.add(RegistrationStatus.WAITLISTED);
                }
                addParticipants(announcement.seminar(), statuses, person -> true, candidates);
            }
            case SEMINAR_ATTENDEES, SEMINAR_NO_SHOWS -> {
                boolean attended = announcement.audience() == Announcement.Audience.SEMINAR_ATTENDEES;
                Set<Long> chosen = attendance.rows(announcement.seminar().id()).stream()
                        .filter(row -> row.attended() == attended).map(AttendanceRow::participantId).collect(Collectors.toSet());
                addParticipants(announcement.seminar(), EnumSet.of(RegistrationStatus.CONFIRMED),
                        person -> chosen.contains(person.id()), candidates);
            }
        }
        return new AudiencePreview(Recipient.distinct(candidates), withoutAddress);
    }

    private void addParticipants(Seminar seminar, Set<RegistrationStatus> statuses, Predicate<Participant> wanted,
                                 List<Recipient> candidates) {
        for (Registration registration : em.createNamedQuery("Registration.findAllForSeminar", Registration.class)
                .setParameter("seminar", seminar).getResultList()) {
            if (statuses.contains(registration.status())) {
                for (Participant person : registration.participants()) {
                    String address = person.email() != null ? person.email() : registration.contactEmail();
                    if (wanted.test(person) && address != null) {
                        candidates.add(new Recipient(address, person.name(),
                                registration.organisation().name(), registration.organisation().language()));
                    }
                }
            }
        }
    }

    public record AudiencePreview(List<Recipient> recipients, List<String> organisationsWithoutAddress) implements java.io.Serializable {
    }

    /**
     * Queues one mail per recipient and marks the announcement SENT, under its row lock: a double click or two
     * organisers at once send it once; the second gets 409.
     */
    @Audited("announcement")
    public Announcement send(long id) {
        Announcement announcement = Optional.ofNullable(em.find(Announcement.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("Announcement", id));
        announcement.requireDraft();
        List<Recipient> recipients = audienceOf(announcement).recipients();
        announcement.sent(recipients.size(), clock.instant());
        for (Recipient recipient : recipients) {
            notifications.announce(recipient.email(), mailTo(announcement, recipient), announcement.id());
        }
        return announcement;
    }

    /**
     * The mail as recipients will see it, per language it goes out in (Japanese, and English when the
     * announcement has an English text): addressed to the first such recipient, or to a sample organisation.
     */
    public java.util.Map<java.util.Locale, RenderedMail> previews(long id) {
        Announcement announcement = find(id);
        List<Recipient> recipients = audienceOf(announcement).recipients();
        java.util.Map<java.util.Locale, RenderedMail> previews = new java.util.LinkedHashMap<>();
        for (java.util.Locale language : announcement.subjectEn() == null ? List.of(java.util.Locale.JAPANESE)
                : List.of(java.util.Locale.JAPANESE, java.util.Locale.ENGLISH)) {
            Recipient sample = recipients.stream().filter(r -> announcement.languageFor(r.language()).equals(language)).findFirst()
                    .orElse(new Recipient("example@example.org", null,
                            language == java.util.Locale.ENGLISH ? "(organisation)" : "（事業所名）", language));
            previews.put(language, mailTo(announcement, sample));
        }
        return previews;
    }

    private RenderedMail mailTo(Announcement announcement, Recipient recipient) {
        return templates.render(KIND, announcement.languageFor(recipient.language()), Map.of(
                "subject", announcement.subjectFor(recipient.language()),
                "body", announcement.bodyFor(recipient.language()),
                "organisation", recipient.organisation(),
                "name", recipient.name() != null && !recipient.name().isBlank() ? recipient.name()
                        : announcement.languageFor(recipient.language()) == java.util.Locale.ENGLISH ? "colleague" : "ご担当者"));
    }

    /** A seminar an announcement may go to: published or held, labelled with its era date. */
    public record SeminarChoice(long id, String label) implements java.io.Serializable {
    }

    public List<SeminarChoice> seminarChoices() {
        return em.createNamedQuery("Seminar.findInStatuses", Seminar.class)
                .setParameter("statuses", List.of(SeminarStatus.PUBLISHED, SeminarStatus.HELD)).getResultStream()
                .map(s -> new SeminarChoice(s.id(), s.dateLabel() + " " + s.titleJa())).toList();
    }

    public AnnouncementView view(Announcement announcement) {
        Map<OutboxMail.Status, Long> counts = announcement.status() == Announcement.Status.SENT
                ? outbox.progressOf(announcement.id()) : Map.of();
        return AnnouncementView.of(announcement, counts);
    }

    public List<AnnouncementView> views() {
        return list().stream().map(this::view).toList();
    }

    /** A draft: who would receive it now. Sent: each recipient's delivery. A page of at most 500. */
    public RecipientsView recipients(long id, int first, int max) {
        if (first < 0 || max < 1 || max > RecipientsView.MAX_PAGE) {
            throw DomainException.invalid("max", "Pages start at 0 and hold 1 to " + RecipientsView.MAX_PAGE + " recipients");
        }
        Announcement announcement = find(id);
        if (announcement.status() == Announcement.Status.SENT) {
            return RecipientsView.delivered(announcement, outbox.forAnnouncement(id, first, max));
        }
        AudiencePreview audience = audienceOf(announcement);
        return RecipientsView.preview(audience.recipients().stream().skip(first).limit(max).toList(),
                audience.recipients().size(), audience.organisationsWithoutAddress());
    }

    private Seminar seminar(AnnouncementDetails details) {
        if (details.seminarId() == null || details.audience() == null || !details.audience().aboutOneSeminar()) {
            return null;
        }
        return Optional.ofNullable(em.find(Seminar.class, details.seminarId()))
                .orElseThrow(() -> DomainException.invalid("seminarId", "Seminar " + details.seminarId() + " does not exist"));
    }
}
