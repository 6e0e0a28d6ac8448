package org.seminardesk.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.seminar.AgendaDraft;
import org.seminardesk.seminar.MeetingAttendee;

/** What the meeting API accepts. */
public final class MeetingInputs {

    private MeetingInputs() {
    }

    /** {"items": [{"id": 3, "title": "…", "proposal": "…", "minutes": "…"}, {"title": "new item"}]} in order. */
    public record Agenda(@NotNull @Size(max = 50) List<@NotNull @Valid AgendaDraft> items) implements java.io.Serializable {
    }

    /** {"lines": [{"role": "MEMBER", "organisationId": 4, "present": true}, {"role": "CHAIR", "label": "部会長"}]}. */
    public record Roster(@NotNull @Size(max = 200) List<@NotNull @Valid Line> lines) implements java.io.Serializable {
    }

    public record Line(@NotNull MeetingAttendee.Role role, Long organisationId, @Size(max = 200) String label, Boolean present) implements java.io.Serializable {
    }

    /** {"replyDeadline": "2026-12-20T17:00:00+09:00"}. */
    public record Consultation(@NotNull OffsetDateTime replyDeadline) implements java.io.Serializable {
    }

    /** {"answers": [{"agendaItemId": 3, "verdict": "NO_OBJECTION"}, …]}. */
    public record Reply(@NotNull @Size(max = 50) List<@NotNull @Valid AnswerDraft> answers) implements java.io.Serializable {
    }
}
