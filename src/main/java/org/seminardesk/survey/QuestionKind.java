package org.seminardesk.survey;

/** How a survey question is answered: one choice, any number of choices, or free text. */
public enum QuestionKind { SINGLE, MULTIPLE, TEXT }
