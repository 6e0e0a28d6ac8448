package org.seminardesk.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seminardesk.meeting.MeetingService;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.organisation.OrganisationContact;
import org.seminardesk.organisation.OrganisationContacts;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.registration.Consent;
import org.seminardesk.registration.ParticipantDetails;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationService;
import org.seminardesk.registration.RegistrationRequests;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.registration.RequestView;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarKind;
import org.seminardesk.seminar.SeminarService;
import org.seminardesk.seminar.SeminarStatus;
import org.seminardesk.survey.SurveyService;

/**
 * An organisation's portal, opened by a contact's private link (/o/): the seminars open to it and its own
 * registrations, surveys and meetings held in writing. Everything is for the link's organisation only: no
 * other organisation can be named. Registering again for a seminar adds the staff to the one registration.
 */
@ApplicationScoped
@Transactional
public class PortalService {

    @Inject
    AccessLinks accessLinks;

    @Inject
    OrganisationContacts contacts;

    @Inject
    RegistrationService registrations;

    @Inject
    SeminarService seminars;

    @Inject
    SurveyService surveys;

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Inject
    RegistrationRequests requests;

    public PortalView view(String token) {
        OrganisationContact contact = contactOf(token);
        Organisation organisation = contact.organisation();
        Instant now = clock.instant();
        List<Registration> own = registrations.ofOrganisation(organisation.id());
        Map<Long, Registration> activeBySeminar = own.stream().filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .collect(Collectors.toMap(r -> r.seminar().id(), Function.identity(), (first, second) -> first));
        List<PortalView.Offer> open = seminars.listInStatuses(List.of(SeminarStatus.PUBLISHED)).stream()
                .filter(s -> s.kind() != SeminarKind.MEETING && now.isBefore(s.registrationCloses()))
                .map(s -> PortalView.Offer.of(s, activeBySeminar.get(s.id()))).toList();
        List<PortalView.Held> held = own.stream().map(r -> PortalView.Held.of(r, now)).toList();
        List<RequestView> awaiting = requests.awaitingApproval(organisation.id()).stream().map(RequestView::of).toList();
        return new PortalView(organisation.name(), contact.name(), organisation.language().getLanguage(), open, held,
                awaiting, surveys.askedOf(organisation.id()), meetings.consultedOf(organisation.id()));
    }

    /** The contact approves or declines a request made in the organisation's name by someone without its link. */
    public RequestView decide(String token, long requestId, boolean approve) {
        OrganisationContact contact = contactOf(token);
        return RequestView.of(requests.decide(contact.organisation().id(), requestId, approve, contact.name() + " <" + contact.email() + ">"));
    }

    /**
     * Registers the organisation's staff for a seminar; if it is registered already, they join that registration
     * (all of them, or none if a confirmed registration has no seat for one). The contact attests that the
     * staff were told and agreed (privacy notice).
     */
    public Registration register(String token, long seminarId, List<ParticipantDetails> people, boolean needsConsent,
                                 List<org.seminardesk.question.AnswerInput> answers) {
        OrganisationContact contact = contactOf(token);
        Organisation organisation = contact.organisation();
        Consent consent = new Consent(Consent.GivenBy.CONTACT, contact.name(), contact.email(), needsConsent);
        Registration registration = registrations.activeOf(seminarId, organisation.id())
                .map(existing -> registrations.addParticipants(existing.id(), people, consent))
                .orElseGet(() -> registrations.register(seminarId, organisation.id(), people, consent, null, answers).registration());
        return registration.loadedForAnswer();
    }

    /** A fresh link to one of the organisation's registrations, to change or cancel it on its page. */
    public String registrationToken(String token, long registrationId) {
        long organisationId = contactOf(token).organisation().id();
        registrations.ofOrganisation(organisationId).stream().filter(r -> r.id() == registrationId).findAny()
                .orElseThrow(() -> DomainException.notFound("Registration", registrationId));
        return registrations.issueLink(registrationId).value();
    }

    public String surveyToken(String token, long surveyId) {
        return surveys.answerTokenFor(contactOf(token).organisation().id(), surveyId);
    }

    public String meetingToken(String token, long meetingId) {
        return meetings.replyTokenFor(contactOf(token).organisation().id(), meetingId);
    }

    /** The contact behind a portal link; an unknown or renewed link, or a deactivated organisation, opens nothing. */
    private OrganisationContact contactOf(String token) {
        return accessLinks.subjectOf(LinkPurpose.PORTAL, token).flatMap(contacts::find)
                .filter(contact -> contact.organisation().active())
                .orElseThrow(() -> DomainException.notFound("Portal", "link"));
    }
}
