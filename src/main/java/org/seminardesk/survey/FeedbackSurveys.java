package org.seminardesk.survey;

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
import org.seminardesk.attendance.AttendanceRow;
import org.seminardesk.attendance.AttendanceService;
import org.seminardesk.mail.MailLink;
import org.seminardesk.mail.Notifications;
import org.seminardesk.mail.ParticipantMail;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.registration.Participant;

/**
 * Feedback questionnaires to a seminar's participants (all, those who attended by the seminar's attendance rule,
 * or the no-shows): one invitation and link per person, answered named or anonymously, and a reminder to those
 * who have not used their link.
 */
@ApplicationScoped
@Transactional
public class FeedbackSurveys {

    static final String MAIL_KIND = "feedback";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notices;

    @Inject
    AccessLinks accessLinks;

    @Inject
    AttendanceService attendance;

    /** Invites the participants the survey asks and mails each their link; none to ask is a conflict. */
    void invite(Survey survey) {
        List<AttendanceRow> asked = attendance.rows(survey.seminar().id()).stream()
                .filter(row -> survey.participantGroup().includes(row.attended())).toList();
        if (asked.isEmpty()) {
            throw DomainException.conflict("Nobody of the seminar is in the chosen group").withCode("survey.nobody");
        }
        for (AttendanceRow row : asked) {
            Participant person = em.find(Participant.class, row.participantId());
            String recipient = ParticipantMail.recipient(person.registration(), person);
            SurveyInvitation invitation = new SurveyInvitation(survey, person, recipient != null);
            em.persist(invitation);
            mail(invitation, false);
        }
    }

    /** Mails a new link to everyone who has not used theirs (the old one stops working); says how many. */
    int remind(Survey survey) {
        int reminded = 0;
        for (SurveyInvitation invitation : invitations(survey.id())) {
            if (invitation.used() || !invitation.mailed()) {
                continue;
            }
            accessLinks.revokeAll(LinkPurpose.SURVEY_INVITATION, invitation.id());
            mail(invitation, true);
            reminded++;
        }
        return reminded;
    }

    /** Their invitation through the one way participants are told things: the usual facts, their own answer link. */
    private void mail(SurveyInvitation invitation, boolean reminder) {
        Survey survey = invitation.survey();
        Locale language = invitation.participant().registration().organisation().language();
        Map<String, String> values = new HashMap<>();
        values.put("title", survey.title());
        values.put("intro", survey.intro());
        values.put("deadline", JapaneseDates.moment(survey.deadline(), language));
        values.put("answerUrl", AccessLinks.MAIL_LINK);
        values.put("reminder", reminder ? PageTexts.text("feedback.reminder", language) : null);
        values.put("anonymousNote", survey.anonymous() ? PageTexts.text("feedback.anonymousNote", language) : null);
        notices.tell(MAIL_KIND, invitation.participant(), values, new MailLink(LinkPurpose.SURVEY_INVITATION, invitation.id()));
    }

    List<SurveyInvitation> invitations(long surveyId) {
        return em.createNamedQuery("SurveyInvitation.findForSurvey", SurveyInvitation.class).setParameter("survey", surveyId)
                .getResultList();
    }

    /** The invitation behind a link, if it is one. */
    Optional<SurveyInvitation> byToken(String token, LockModeType lock) {
        return accessLinks.subjectOf(LinkPurpose.SURVEY_INVITATION, token).map(id -> em.find(SurveyInvitation.class, id, lock));
    }

    /** What the person sees: their answers so far when named; a used anonymous link shows the questions, closed. */
    ResponseView view(SurveyInvitation invitation, Locale language) {
        Survey survey = invitation.survey();
        String deadline = JapaneseDates.moment(survey.deadline(), language);
        Optional<SurveyResponse> own = namedResponse(invitation);
        if (own.isPresent()) {
            return ResponseView.of(own.get(), deadline, clock.instant());
        }
        boolean answered = invitation.used();
        return ResponseView.blank(survey, survey.anonymous() ? null : invitation.participant().name(), deadline,
                !answered && clock.instant().isBefore(survey.deadline()), answered ? survey.sentAt() : null);
    }

    /** Takes the answers: a named person's replace theirs; an anonymous link answers once, unlinked. */
    ResponseView answer(SurveyInvitation invitation, List<AnswerInput> answers, Locale language) {
        SurveyResponse response = namedResponse(invitation).orElseGet(() -> {
            SurveyResponse made = new SurveyResponse(invitation.survey(), invitation.participant());
            em.persist(made);
            return made;
        });
        invitation.use();
        response.submit(answers, clock.instant());
        em.flush();
        return view(invitation, language);
    }

    private Optional<SurveyResponse> namedResponse(SurveyInvitation invitation) {
        if (invitation.survey().anonymous()) {
            return Optional.empty();
        }
        return em.createQuery("select r from SurveyResponse r where r.survey = :survey and r.participant = :participant",
                        SurveyResponse.class).setParameter("survey", invitation.survey())
                .setParameter("participant", invitation.participant()).getResultStream().findFirst();
    }
}
