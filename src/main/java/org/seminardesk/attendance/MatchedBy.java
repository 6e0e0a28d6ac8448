package org.seminardesk.attendance;

/** How a person in a meeting report was tied to a registered participant, or why not. */
public enum MatchedBy {
    EMAIL,
    NAME,
    /** Staff chose the participant. */
    HAND,
    /** Staff said the person is no participant (the host, a speaker, a device). */
    IGNORED,
    NONE
}
