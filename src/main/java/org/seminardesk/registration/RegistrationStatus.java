package org.seminardesk.registration;

/** CONFIRMED holds seats; WAITLISTED waits in arrival order; CANCELLED is final. */
public enum RegistrationStatus { CONFIRMED, WAITLISTED, CANCELLED }
