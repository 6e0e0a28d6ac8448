package org.seminardesk.seminar;

/** A seminar (lecture, training), a subcommittee meeting, or a pro bono session. */
public enum SeminarKind { SEMINAR, MEETING, PRO_BONO }
