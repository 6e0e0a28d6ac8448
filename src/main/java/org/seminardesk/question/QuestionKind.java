package org.seminardesk.question;

/**
 * How a question is answered: one choice, any number of choices, free text (long), a short text, or yes/no.
 * Surveys ask the first three; a seminar's registration questions any.
 */
public enum QuestionKind {
    SINGLE, MULTIPLE, TEXT, SHORT_TEXT, YES_NO;

    /** Answered by choosing among options the question lists. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    /** Answered by writing. */
    public boolean isText() {
        return this == TEXT || this == SHORT_TEXT;
    }

    /** The longest answer written to it. */
    public int maxLength() {
        return this == SHORT_TEXT ? 200 : 2000;
    }
}
