package org.seminardesk.seminar;

/** How people take part; WRITTEN is a meeting held in writing (書面開催), with a date but no time or venue use. */
public enum SeminarFormat {
    IN_PERSON, ONLINE, HYBRID, WRITTEN;

    public boolean hasOnlineLink() {
        return this == ONLINE || this == HYBRID;
    }

    public boolean hasVenue() {
        return this == IN_PERSON || this == HYBRID;
    }
}
