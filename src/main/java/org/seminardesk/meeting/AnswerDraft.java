package org.seminardesk.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {"agendaItemId": 3, "verdict": "OBJECTION", "opinion": "…"}: one item of a member's written reply. */
public record AnswerDraft(@NotNull Long agendaItemId, @NotNull Verdict verdict, @Size(max = 2000) String opinion) implements java.io.Serializable {
}
