package org.seminardesk.question;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An answer to one question: {"questionId": 4, "options": [0, 2]} for choices (indexes in the question's order;
 * yes/no: [0] yes, [1] no), {"questionId": 5, "text": "…"} for text.
 */
public record AnswerInput(@NotNull Long questionId, @Size(max = 20) List<@NotNull Integer> options, @Size(max = 2000) String text)
        implements java.io.Serializable {
}
