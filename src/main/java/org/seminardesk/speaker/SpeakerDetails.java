package org.seminardesk.speaker;

/** What an organiser may set on a speaker: name, affiliation, role or title, a short biography. */
public record SpeakerDetails(String name, String affiliation, String title, String bio) implements java.io.Serializable {
}
