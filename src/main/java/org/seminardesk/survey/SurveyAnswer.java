package org.seminardesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One chosen option of a question (its index), or the text of a free-text answer. */
@Embeddable
public class SurveyAnswer {

    @Column(name = "question_id")
    private long questionId;

    private Integer optionIndex;
    private String text;

    protected SurveyAnswer() {
        // for JPA
    }

    SurveyAnswer(long questionId, Integer optionIndex, String text) {
        this.questionId = questionId;
        this.optionIndex = optionIndex;
        this.text = text;
    }

    public long questionId() {
        return questionId;
    }

    public Integer optionIndex() {
        return optionIndex;
    }

    public String text() {
        return text;
    }
}
