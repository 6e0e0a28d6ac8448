package org.seminardesk.meeting;

/** A member's answer to an agenda item of a meeting held in writing. An objection needs its reason. */
public enum Verdict {
    /** 異議なし */
    NO_OBJECTION,
    /** 異議あり */
    OBJECTION
}
