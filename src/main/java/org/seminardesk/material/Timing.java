package org.seminardesk.material;

/** When a material is shown: at any time, only before the start (e.g. preparation), or only after the end (e.g. slides). */
public enum Timing { ANY_TIME, BEFORE, AFTER }
