package org.seminardesk.question;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.Seminar;

/** A question a seminar asks at registration: once per registration or of each participant. */
@Entity
@Table(name = "seminar_question")
@NamedQuery(name = "SeminarQuestion.findForSeminar",
        query = "select q from SeminarQuestion q where q.seminar.id = :seminar order by q.position")
@NamedQuery(name = "SeminarQuestion.seminarWithQuestions", query = """
        select s, q from Seminar s left join SeminarQuestion q on q.seminar = s where s.id = :seminar order by q.position""")
public class SeminarQuestion implements Question {

    static final int MIN_OPTIONS = 2;
    public static final int MAX_QUESTIONS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private QuestionKind kind;

    private String text;
    private boolean required;
    private boolean perParticipant;
    /** A choice's options, one per line. */
    private String options;

    protected SeminarQuestion() {
        // for JPA
    }

    public SeminarQuestion(Seminar seminar, int position, QuestionDraft draft) {
        this.seminar = seminar;
        change(position, draft, false);
    }

    /**
     * Takes the draft. Once people have answered (answered), what the answers mean cannot change: not the kind,
     * the options or whom it asks (409); the wording, whether it is required and its place may.
     */
    public void change(int newPosition, QuestionDraft draft, boolean answered) {
        String field = "questions[" + (newPosition - 1) + "]";
        List<String> labels = draft.options() == null ? List.of() : draft.options().stream().map(String::strip).toList();
        if (!draft.kind().hasOptions() && !labels.isEmpty()) {
            throw DomainException.invalid(field + ".options", "Only a choice has options").withCode("question.noOptions");
        }
        if (draft.kind().hasOptions() && (labels.size() < MIN_OPTIONS || new HashSet<>(labels).size() != labels.size()
                || labels.stream().anyMatch(l -> l.isEmpty() || l.contains("\n")))) {
            throw DomainException.invalid(field + ".options", "A choice needs at least two different options").withCode("question.options");
        }
        if (answered && (draft.kind() != kind || !labels.equals(options()) || draft.perParticipant() != perParticipant)) {
            throw DomainException.conflict("People have answered this question: its kind, options and whom it asks stay")
                    .withCode("question.answered", text);
        }
        this.position = newPosition;
        this.kind = draft.kind();
        this.text = draft.text().strip();
        this.required = draft.required();
        this.perParticipant = draft.perParticipant();
        this.options = labels.isEmpty() ? null : String.join("\n", labels);
    }

    /** The same question for another seminar (a copy). */
    public QuestionDraft asDraft() {
        return new QuestionDraft(null, kind, text, required, perParticipant, options());
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public QuestionKind kind() {
        return kind;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean required() {
        return required;
    }

    public boolean perParticipant() {
        return perParticipant;
    }

    @Override
    public List<String> options() {
        return options == null ? List.of() : List.of(options.split("\n"));
    }

    public Seminar seminar() {
        return seminar;
    }
}
