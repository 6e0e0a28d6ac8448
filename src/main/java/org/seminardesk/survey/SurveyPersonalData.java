package org.seminardesk.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.seminardesk.platform.persistence.NativeValues;
import org.seminardesk.security.privacy.Erasure;
import org.seminardesk.security.privacy.PersonalData;
import org.seminardesk.security.privacy.PersonalDataHolder;
import org.seminardesk.security.privacy.PersonalRows;

/**
 * Surveys' personal data: a named feedback answer is the participant's words and goes with them (anonymous
 * answers were never anyone's; member surveys are answered by organisations, not persons).
 */
@ApplicationScoped
public class SurveyPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> tables() {
        return Set.of("survey_response", "survey_answer");
    }

    @Override
    public void export(String address, PersonalData.Export export) {
        PersonalRows.under(em, """
                SELECT s.title, r.submitted_at, q.text, COALESCE(a.text, o.label) FROM survey_response r
                JOIN participant p ON p.id = r.participant_id JOIN survey s ON s.id = r.survey_id
                JOIN survey_answer a ON a.response_id = r.id JOIN survey_question q ON q.id = a.question_id
                LEFT JOIN survey_option o ON o.question_id = a.question_id AND o.position = a.option_index
                WHERE LOWER(p.email) = :address ORDER BY r.submitted_at, q.position""", address).forEach(t -> export.feedback.add(
                new PersonalData.FeedbackAnswer(t.get(0, String.class), NativeValues.instant(t.get(1)), t.get(2, String.class),
                        t.get(3, String.class))));
    }

    @Override
    public void erase(String address, Erasure.Tally tally) {
        tally.answers += em.createNativeQuery("DELETE FROM survey_response WHERE participant_id IN (SELECT id FROM participant WHERE LOWER(email) = ?1)")
                .setParameter(1, address).executeUpdate();
    }

    @Override
    public void eraseParticipant(long participantId, Erasure.Tally tally) {
        tally.answers += em.createNativeQuery("DELETE FROM survey_response WHERE participant_id = ?1").setParameter(1, participantId).executeUpdate();
    }

    @Override
    public void expire(Instant cutoff, Instant now, Erasure.Tally tally) {
        tally.answers += em.createNativeQuery("""
                DELETE FROM survey_response WHERE participant_id IN (
                  SELECT p.id FROM participant p JOIN registration r ON r.id = p.registration_id JOIN seminar s ON s.id = r.seminar_id
                  WHERE COALESCE(s.ends_at, s.starts_at) < ?1)""").setParameter(1, cutoff).executeUpdate();
    }

    @Override
    public Stream<String> addresses() {
        return Stream.empty(); // found through participants, whose addresses the registration holder gives
    }
}
