package org.seminardesk.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks one of the few organisers' reads that staff need too (a seminar's participant list, its exports, its groups).
 * Every other GET under /api/manage is the organisers' alone (OrganiserReadsOnly),
 * so a new route is closed to staff until someone decides otherwise here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StaffMayRead {
}
