package org.seminardesk.material;

/** Who may see a material or recording. */
public enum Audience {
    /** Anyone, also on the public seminar page. */
    EVERYONE,
    /** Anybody registered (confirmed or waiting). */
    REGISTRANTS,
    CONFIRMED,
    /** Confirmed participants counted as attended under the seminar's rule. */
    ATTENDEES,
    /** Confirmed participants not counted as attended, once the seminar is over. */
    NO_SHOWS
}
