package org.seminardesk.attendance;

import jakarta.validation.constraints.AssertTrue;

/**
 * Staff's answer to "who is this?": {"participantId": 12}, {"ignore": true} for someone who is no participant,
 * or {} to undo either.
 */
public record PersonAssignment(Long participantId, boolean ignore) implements java.io.Serializable {

    @AssertTrue(message = "Give a participantId or ignore, not both")
    public boolean isOneAnswer() {
        return participantId == null || !ignore;
    }
}
