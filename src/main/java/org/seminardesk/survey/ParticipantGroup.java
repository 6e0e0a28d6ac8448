package org.seminardesk.survey;

/** Whom of a seminar's confirmed participants a feedback questionnaire asks. */
public enum ParticipantGroup {
    ALL, ATTENDED, NO_SHOWS;

    public boolean includes(boolean attended) {
        return this == ALL || (this == ATTENDED) == attended;
    }
}
