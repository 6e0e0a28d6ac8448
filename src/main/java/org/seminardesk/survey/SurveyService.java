package org.seminardesk.survey;

import org.seminardesk.question.AnswerInput;

import org.seminardesk.security.audit.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.seminardesk.mail.Notifications;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.mail.MailLink;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;

/**
 * Surveys of member organisations: drafts, sending (a response row and, with an address, a mail with the
 * organisation's link each, all in one transaction), answers through the link, and the counted results.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

    static final String MAIL_KIND = "survey";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    AccessLinks accessLinks;

    @Inject
    FeedbackSurveys feedback;

    public List<SurveyView> list() {
        return em.createNamedQuery("Survey.findAll", Survey.class).getResultStream().map(SurveyView::of).toList();
    }

    public SurveyView view(long id) {
        return SurveyView.of(find(id, LockModeType.NONE));
    }

    @Audited("survey")
    public SurveyView create(SurveyDraft draft, String createdBy) {
        Survey survey = new Survey(draft, createdBy, clock.instant());
        aim(survey, draft);
        em.persist(survey);
        em.flush();
        return SurveyView.of(survey);
    }

    @Audited("survey")
    public SurveyView edit(long id, SurveyDraft draft) {
        Survey survey = find(id, LockModeType.PESSIMISTIC_WRITE);
        survey.edit(draft);
        aim(survey, draft);
        em.flush();
        return SurveyView.of(survey);
    }

    @Audited("survey")
    public void delete(long id) {
        Survey survey = find(id, LockModeType.PESSIMISTIC_WRITE);
        survey.requireDraft();
        em.remove(survey);
    }

    /** Member organisations, or the participants of the seminar the draft names (404 for an unknown one). */
    private void aim(Survey survey, SurveyDraft draft) {
        org.seminardesk.seminar.Seminar seminar = draft.seminarId() == null ? null
                : Optional.ofNullable(em.find(org.seminardesk.seminar.Seminar.class, draft.seminarId()))
                        .orElseThrow(() -> DomainException.invalid("seminarId", "Seminar " + draft.seminarId() + " does not exist"));
        survey.aimAt(seminar, draft.participants(), Boolean.TRUE.equals(draft.anonymous()));
    }

    /** Sends it once to the member organisations or participants it is for; the second attempt gets 409. */
    @Audited("survey")
    public SurveyResults send(long id) {
        Survey survey = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (survey.forParticipants()) {
            survey.sent(clock.instant());
            feedback.invite(survey);
            return results(id);
        }
        List<Organisation> members = membersAskedBy(survey);
        if (members.isEmpty()) {
            throw DomainException.conflict("No member organisation is of the chosen facility types").withCode("survey.nobody");
        }
        survey.sent(clock.instant());
        for (Organisation member : members) {
            boolean mailed = member.email() != null && !member.email().isBlank();
            SurveyResponse response = new SurveyResponse(survey, member, mailed);
            em.persist(response);
            mailAnswerLink(survey, response);
        }
        return results(id);
    }

    /** How many member organisations a draft would go to: for the question asked before sending it. */
    public long audienceOf(long id) {
        return membersAskedBy(find(id, LockModeType.NONE)).size();
    }

    private List<Organisation> membersAskedBy(Survey survey) {
        return em.createNamedQuery("Organisation.findActive", Organisation.class).getResultStream()
                .filter(o -> survey.goesTo(o.facilityType())).toList();
    }

    /** A member's answer link renewed (the old one was forwarded too widely) and mailed again; the old one stops working. */
    @Audited("survey")
    public SurveyResults renewAnswerLink(long id, long organisationId) {
        Survey survey = find(id, LockModeType.NONE);
        SurveyResponse response = em.createNamedQuery("SurveyResponse.findForSurvey", SurveyResponse.class).setParameter("survey", id)
                .getResultStream().filter(r -> r.organisation().id() == organisationId).findFirst()
                .orElseThrow(() -> DomainException.notFound("Response of organisation", organisationId));
        em.lock(response, LockModeType.PESSIMISTIC_WRITE);
        accessLinks.revokeAll(LinkPurpose.SURVEY_RESPONSE, response.id());
        mailAnswerLink(survey, response);
        return results(id);
    }

    /**
     * A reminder with a fresh link to everyone asked who has not answered (their old link stops working); says
     * how many were mailed. Only while the survey is open.
     */
    @Audited("survey")
    public int remind(long id) {
        Survey survey = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (survey.status() != Survey.Status.SENT || !clock.instant().isBefore(survey.deadline())) {
            throw DomainException.conflict("Only a sent survey before its deadline can be reminded of").withCode("survey.notOpen");
        }
        if (survey.forParticipants()) {
            return feedback.remind(survey);
        }
        int reminded = 0;
        for (SurveyResponse response : responses(id)) {
            if (response.submittedAt() == null && response.mailed()) {
                accessLinks.revokeAll(LinkPurpose.SURVEY_RESPONSE, response.id());
                mailAnswerLink(survey, response);
                reminded++;
            }
        }
        return reminded;
    }

    /** The answer link to the member, if it has an address (else the organisers pass it on themselves). */
    private void mailAnswerLink(Survey survey, SurveyResponse response) {
        Organisation member = response.organisation();
        if (!response.mailed()) {
            return;
        }
        Locale language = member.language();
        notifications.send(MAIL_KIND, member.email(), language, Map.of(
                "organisation", member.name(),
                "title", survey.title(),
                "intro", survey.intro() == null ? "" : survey.intro(),
                "deadline", JapaneseDates.moment(survey.deadline(), language),
                "answerUrl", AccessLinks.MAIL_LINK), null, new MailLink(LinkPurpose.SURVEY_RESPONSE, response.id()));
    }

    /** A survey an organisation was asked, for its portal: open until the deadline. */
    public record Asked(long surveyId, String title, Instant deadline, Instant answeredAt, boolean open) implements java.io.Serializable {
    }

    public List<Asked> askedOf(long organisationId) {
        Instant now = clock.instant();
        return em.createNamedQuery("SurveyResponse.findForOrganisation", SurveyResponse.class)
                .setParameter("organisation", organisationId).getResultStream()
                .map(r -> new Asked(r.survey().id(), r.survey().title(), r.survey().deadline(), r.submittedAt(),
                        r.survey().deadline().isAfter(now))).toList();
    }

    /** A fresh answer link for the organisation's own response, opened from its portal. */
    public String answerTokenFor(long organisationId, long surveyId) {
        SurveyResponse response = em.createNamedQuery("SurveyResponse.findForOrganisation", SurveyResponse.class)
                .setParameter("organisation", organisationId).getResultStream()
                .filter(r -> r.survey().id() == surveyId).findFirst()
                .orElseThrow(() -> DomainException.notFound("Survey", surveyId));
        return accessLinks.issue(LinkPurpose.SURVEY_RESPONSE, response.id()).value();
    }

    public SurveyResults results(long id) {
        Survey survey = find(id, LockModeType.NONE);
        return SurveyResults.of(survey, responses(id), survey.forParticipants() ? feedback.invitations(id) : List.of());
    }

    public byte[] csv(long id) {
        Survey survey = find(id, LockModeType.NONE);
        return SurveyExport.csv(survey, responses(id));
    }

    public ResponseView response(String token, Locale language) {
        Optional<SurveyInvitation> invitation = feedback.byToken(token, LockModeType.NONE);
        if (invitation.isPresent()) {
            return feedback.view(invitation.get(), language);
        }
        SurveyResponse response = byToken(token, LockModeType.NONE);
        return ResponseView.of(response, JapaneseDates.moment(response.survey().deadline(), language), clock.instant());
    }

    public ResponseView answer(String token, List<AnswerInput> answers, Locale language) {
        Optional<SurveyInvitation> invitation = feedback.byToken(token, LockModeType.PESSIMISTIC_WRITE);
        if (invitation.isPresent()) {
            return feedback.answer(invitation.get(), answers, language);
        }
        SurveyResponse response = byToken(token, LockModeType.PESSIMISTIC_WRITE);
        response.submit(answers, clock.instant());
        em.flush();
        return response(token, language);
    }

    private List<SurveyResponse> responses(long id) {
        return em.createNamedQuery("SurveyResponse.findForSurvey", SurveyResponse.class).setParameter("survey", id).getResultList();
    }

    private SurveyResponse byToken(String token, LockModeType lock) {
        return accessLinks.subjectOf(LinkPurpose.SURVEY_RESPONSE, token).map(id -> em.find(SurveyResponse.class, id, lock))
                .orElseThrow(() -> DomainException.notFound("Survey response", "link"));
    }

    private Survey find(long id, LockModeType lock) {
        return Optional.ofNullable(em.find(Survey.class, id, lock)).orElseThrow(() -> DomainException.notFound("Survey", id));
    }
}
