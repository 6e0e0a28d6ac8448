package org.seminardesk.question;

import java.util.List;

/** What the answer rules need to know of a question, whoever asks it (a survey, a seminar's registration). */
public interface Question {

    Long id();

    int position();

    QuestionKind kind();

    String text();

    boolean required();

    /** The options of a choice, in order; none otherwise. */
    List<String> options();
}
