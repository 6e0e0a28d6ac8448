package org.seminardesk.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.seminardesk.mail.MailLink;
import org.seminardesk.mail.Notifications;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.organisation.OrganisationContact;
import org.seminardesk.organisation.OrganisationContacts;
import org.seminardesk.organisation.OrganisationService;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarStatus;

/**
 * Registering without a portal link, in three steps: the request (one mail, to the registrant, with a
 * confirmation link valid 24 h; nothing else happens), the registrant's confirmation (a public registrant's
 * registration takes seats or joins the waitlist now, in order of confirmation), and — when the request
 * names a member organisation — its contact's (or an organiser's) approval. Nobody named in a request is
 * mailed before it is accepted. Anonymous answers never tell whether an address or organisation is known.
 */
@ApplicationScoped
@Transactional
public class RegistrationRequests {

    static final String REQUEST_MAIL = "registration-request";
    static final String APPROVAL_MAIL = "registration-approval";
    static final String ACCEPTED_MAIL = "registration-accepted";

    @PersistenceContext
    EntityManager em;

    @Inject
    org.seminardesk.question.QuestionService questions;

    @Inject
    Clock clock;

    @Inject
    AccessLinks accessLinks;

    @Inject
    Notifications notifications;

    @Inject
    RegistrationService registrations;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationContacts contacts;

    /**
     * Takes a request and mails its confirmation link to the registrant, and to nobody else. An unknown, draft,
     * closed or past seminar is refused alike; so is an unknown or inactive organisation.
     */
    @Audited("registration")
    public RegistrationRequest submit(RequestInput input) {
        Seminar seminar = Optional.ofNullable(em.find(Seminar.class, input.seminarId()))
                .filter(s -> s.status() == SeminarStatus.PUBLISHED && clock.instant().isBefore(s.registrationCloses()))
                .orElseThrow(() -> DomainException.invalid("seminarId", "This seminar is not open for registration")
                        .withCode("seminar.notOpen"));
        Consent.of(Consent.GivenBy.REGISTRANT, Boolean.TRUE.equals(input.needsConsent())).requireFor(input.people());
        Organisation member = memberNamed(input);
        Locale language = Locale.forLanguageTag("en".equals(input.language()) ? "en" : "ja");
        org.seminardesk.question.Questions asked = questions.of(seminar.id());
        List<org.seminardesk.question.AnswerInput> answers = asked.checkRegistration(input.answers());
        List<ParticipantDetails> people = new java.util.ArrayList<>();
        for (int i = 0; i < input.people().size(); i++) {
            people.add(input.people().get(i).withAnswers(asked.checkParticipant(input.people().get(i).answers(), i)));
        }
        RegistrationRequest request = new RegistrationRequest(seminar, member, member == null ? input.organisationName() : null,
                input.registrant().name(), input.registrant().email(), language, people,
                Boolean.TRUE.equals(input.needsConsent()), answers, clock.instant());
        em.persist(request);
        Map<String, String> values = facts(request);
        values.put("confirmUrl", AccessLinks.MAIL_LINK);
        notifications.send(REQUEST_MAIL, request.registrantEmail(), language, values, null,
                new MailLink(LinkPurpose.CONFIRMATION, request.id()));
        return request;
    }

    /** The member the registrant chose, or named in other words (full-width, spaces): its contact must approve. */
    private Organisation memberNamed(RequestInput input) {
        if (input.organisationId() != null) {
            return organisations.find(input.organisationId()).filter(o -> o.active() && o.member())
                    .orElseThrow(() -> DomainException.invalid("organisationId", "Choose one of the member organisations")
                            .withCode("request.unknownOrganisation"));
        }
        if (input.organisationName() == null || input.organisationName().isBlank()) {
            throw DomainException.invalid("organisationName", "Name your organisation").withCode("request.organisation");
        }
        return organisations.findByFoldedName(input.organisationName()).filter(o -> o.active() && o.member()).orElse(null);
    }

    private Optional<RegistrationRequest> byToken(String token) {
        return accessLinks.subjectOf(LinkPurpose.CONFIRMATION, token).map(id -> em.find(RegistrationRequest.class, id));
    }

    /** What the holder of a confirmation link sees, built inside the transaction; expired: too late to confirm. */
    public record Shown(RequestView request, boolean expired) implements java.io.Serializable {
    }

    public Optional<Shown> show(String token) {
        return byToken(token).map(r -> new Shown(RequestView.of(r), r.expired(clock.instant())));
    }

    /**
     * The registrant confirms their address (a button on the page: mail scanners open links but do not press
     * buttons). A public registrant's registration is made now; a member's request goes to its contacts.
     * Returns the registration's link for a public registrant, to continue on its page; else empty.
     */
    @Audited("registration")
    public Optional<String> confirm(String token) {
        RegistrationRequest request = byToken(token).orElseThrow(() -> DomainException.notFound("Request", "link"));
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        request.confirm(clock.instant());
        accessLinks.revokeAll(LinkPurpose.CONFIRMATION, request.id());
        if (request.organisation() == null) {
            Organisation own = organisations.nonMemberNamed(request.organisationName(), request.language().getLanguage());
            Registration registration = accept(request, own);
            Map<String, String> values = facts(request);
            values.put("manageUrl", AccessLinks.MAIL_LINK);
            notifications.send(ACCEPTED_MAIL, request.registrantEmail(), request.language(), values,
                    registration.id(), new MailLink(LinkPurpose.REGISTRATION, registration.id()));
            return Optional.of(registrations.issueLink(registration.id()).value());
        }
        askForApproval(request);
        return Optional.empty();
    }

    private void askForApproval(RegistrationRequest request) {
        Map<String, String> values = facts(request);
        values.put("portalUrl", AccessLinks.MAIL_LINK);
        for (OrganisationContact contact : contacts.of(request.organisation().id())) {
            values.put("contact", contact.name());
            notifications.send(APPROVAL_MAIL, contact.email(), request.organisation().language(), values,
                    null, new MailLink(LinkPurpose.PORTAL, contact.id()));
        }
    }

    /** Requests for the organisation that wait for its approval (its portal). */
    public List<RegistrationRequest> awaitingApproval(long organisationId) {
        return em.createNamedQuery("RegistrationRequest.findAwaitingApproval", RegistrationRequest.class)
                .setParameter("organisation", organisationId).setParameter("status", RegistrationRequest.Status.AWAITING_APPROVAL)
                .getResultList();
    }

    /** Every request that waits for approval (organisers: also for members without a contact). */
    public List<RegistrationRequest> awaitingApproval() {
        return em.createNamedQuery("RegistrationRequest.findInStatus", RegistrationRequest.class)
                .setParameter("status", RegistrationRequest.Status.AWAITING_APPROVAL).getResultList();
    }

    /**
     * The organisation's contact (organisationId from their portal) or an organiser (null) approves or declines.
     * Approved, the people join the organisation's registration for the seminar (or make it); either way the
     * registrant is told.
     */
    @Audited("registration")
    public RegistrationRequest decide(Long organisationId, long requestId, boolean approve, String by) {
        RegistrationRequest request = Optional.ofNullable(em.find(RegistrationRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> organisationId == null || r.organisation() != null && r.organisation().id().equals(organisationId))
                .orElseThrow(() -> DomainException.notFound("Request", requestId));
        request.decide(approve, by, clock.instant());
        if (approve) {
            accept(request, request.organisation());
        }
        String mail = approve ? "registration-approved" : "registration-declined";
        notifications.send(mail, request.registrantEmail(), request.language(), facts(request), null, null);
        return request;
    }

    private Registration accept(RegistrationRequest request, Organisation organisation) {
        Consent consent = new Consent(Consent.GivenBy.REGISTRANT, request.registrantName(), request.registrantEmail(), request.needsConsent());
        long seminarId = request.seminar().id();
        Registration registration = organisation.member()
                ? registrations.activeOf(seminarId, organisation.id())
                        .map(existing -> registrations.addParticipants(existing.id(), request.participants(), consent))
                        .orElseGet(() -> registrations.register(seminarId, organisation.id(), request.participants(), consent, null,
                                request.answers()).registration())
                : registrations.register(seminarId, organisation.id(), request.participants(), consent, null, request.answers()).registration();
        request.registeredAs(registration);
        return registration;
    }

    private static Map<String, String> facts(RegistrationRequest request) {
        Seminar seminar = request.seminar();
        Locale language = request.language();
        Map<String, String> values = new HashMap<>();
        values.put("name", request.registrantName());
        values.put("organisation", request.organisationName());
        values.put("seminar", seminar.titleFor(language));
        values.put("when", language.getLanguage().equals("en") ? seminar.westernDateLabel() : seminar.dateLabel());
        values.put("people", String.valueOf(request.participants().size()));
        values.put("until", JapaneseDates.moment(request.createdAt().plus(RegistrationRequest.CONFIRMATION_TIME), language));
        return values;
    }
}
