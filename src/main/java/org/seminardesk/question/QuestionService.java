package org.seminardesk.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarCopied;

/** A seminar's registration questions: organisers set them, registration asks them, a copy keeps them. */
@ApplicationScoped
@Transactional
public class QuestionService {

    @PersistenceContext
    EntityManager em;

    /** The questions the seminar asks (none: Questions.NONE). */
    public Questions of(long seminarId) {
        return new Questions(em.createNamedQuery("SeminarQuestion.findForSeminar", SeminarQuestion.class)
                .setParameter("seminar", seminarId).getResultList());
    }

    /** A seminar with the questions it asks. */
    public record Asking(Seminar seminar, Questions questions) {

        /**
         * From the rows of a query whose first column is the seminar and second a question it asks (null when it
         * asks none), in their order; empty if there are no rows (no such seminar).
         */
        public static Optional<Asking> fromRows(List<Object[]> rows) {
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<SeminarQuestion> asked = rows.stream().map(row -> (SeminarQuestion) row[1]).filter(java.util.Objects::nonNull).toList();
            return Optional.of(new Asking((Seminar) rows.get(0)[0], new Questions(asked)));
        }
    }

    /** The seminar with its questions in one query; empty if there is no such seminar. */
    private Optional<Asking> seminarAsking(long seminarId) {
        return Asking.fromRows(em.createNamedQuery("SeminarQuestion.seminarWithQuestions", Object[].class)
                .setParameter("seminar", seminarId).getResultList());
    }

    /** The same, for a seminar that must exist (404 otherwise). */
    public Questions ofExisting(long seminarId) {
        return seminarAsking(seminarId).map(Asking::questions).orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
    }

    /**
     * Replaces the seminar's questions by the drafts, in their order, under the seminar's lock (registrations
     * answer under it too). A draft with an id keeps that question; one left out is removed. Once anyone has
     * registered, a kept question's kind, options and scope stay (409).
     */
    @Audited("seminar")
    public Questions replaceQuestions(long seminarId, List<QuestionDraft> drafts) {
        Seminar seminar = Optional.ofNullable(em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
        if (drafts.size() > SeminarQuestion.MAX_QUESTIONS) {
            throw DomainException.invalid("questions", "At most " + SeminarQuestion.MAX_QUESTIONS + " questions");
        }
        boolean answered = em.createQuery("select count(r) from Registration r where r.seminar.id = :seminar", Long.class)
                .setParameter("seminar", seminarId).getSingleResult() > 0;
        Map<Long, SeminarQuestion> existing = of(seminarId).all().stream()
                .collect(Collectors.toMap(SeminarQuestion::id, Function.identity()));
        List<SeminarQuestion> kept = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            if (draft.id() != null) {
                SeminarQuestion question = existing.remove(draft.id());
                if (question == null) {
                    throw DomainException.invalid("questions[" + i + "].id", "Question " + draft.id() + " is not this seminar's");
                }
                question.change(i + 1, draft, answered);
                kept.add(question);
            } else {
                SeminarQuestion added = new SeminarQuestion(seminar, i + 1, draft);
                em.persist(added);
                kept.add(added);
            }
        }
        existing.values().forEach(em::remove);
        return new Questions(kept);
    }

    /** A copied seminar asks what the original asked. */
    void copy(@Observes SeminarCopied copied) {
        int position = 1;
        for (SeminarQuestion question : of(copied.original().id()).all()) {
            em.persist(new SeminarQuestion(copied.copy(), position++, question.asDraft()));
        }
    }
}
