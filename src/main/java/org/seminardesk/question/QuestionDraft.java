package org.seminardesk.question;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A registration question as organisers write it. id: an existing question kept (left out: a new one);
 * perParticipant: asked of each participant, else once per registration; options: 2 to 20 for a choice.
 */
public record QuestionDraft(Long id, @NotNull QuestionKind kind, @NotBlank @Size(max = 500) String text, boolean required,
                            boolean perParticipant, @Size(max = 20) List<@NotBlank @Size(max = 200) String> options)
        implements java.io.Serializable {
}
