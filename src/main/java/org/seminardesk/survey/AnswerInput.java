package org.seminardesk.survey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An organisation's answer to one question: {"questionId": 4, "options": [0, 2]} for choices (indexes in the
 * question's order), {"questionId": 5, "text": "…"} for free text.
 */
public record AnswerInput(@NotNull Long questionId, @Size(max = 20) List<@NotNull Integer> options, @Size(max = 2000) String text) implements java.io.Serializable {
}
