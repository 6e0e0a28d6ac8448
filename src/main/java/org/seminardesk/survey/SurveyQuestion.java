package org.seminardesk.survey;

import org.seminardesk.question.QuestionKind;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.platform.DomainException;

/** One question of a survey with, for a choice, its options in order. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion implements org.seminardesk.question.Question {

    static final int MIN_OPTIONS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private QuestionKind kind;

    private String text;
    private boolean required;

    @ElementCollection
    @CollectionTable(name = "survey_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "label")
    private List<String> options = new ArrayList<>();

    protected SurveyQuestion() {
        // for JPA
    }

    SurveyQuestion(Survey survey, int position, SurveyDraft.Question draft) {
        String field = "questions[" + (position - 1) + "]";
        List<String> labels = draft.options() == null ? List.of() : draft.options().stream().map(String::strip).toList();
        if (draft.kind() != QuestionKind.SINGLE && draft.kind() != QuestionKind.MULTIPLE && draft.kind() != QuestionKind.TEXT) {
            throw DomainException.invalid(field + ".kind", "A survey asks single or multiple choices or free text").withCode("survey.kind");
        }
        if (draft.kind() == QuestionKind.TEXT && !labels.isEmpty()) {
            throw DomainException.invalid(field + ".options", "A free-text question has no options");
        }
        if (draft.kind() != QuestionKind.TEXT && labels.size() < MIN_OPTIONS) {
            throw DomainException.invalid(field + ".options", "A choice needs at least two options").withCode("survey.options");
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw DomainException.invalid(field + ".options", "Each option once").withCode("survey.options");
        }
        this.survey = survey;
        this.position = position;
        this.kind = draft.kind();
        this.text = draft.text().strip();
        this.required = draft.required();
        this.options.addAll(labels);
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

    @Override
    public List<String> options() {
        return Collections.unmodifiableList(options);
    }
}
