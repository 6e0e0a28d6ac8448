package org.seminardesk.speaker;

/** A speaker as the API shows it; public information. */
public record SpeakerView(Long id, String name, String affiliation, String title, String bio) implements java.io.Serializable {

    public static SpeakerView of(Speaker speaker) {
        return new SpeakerView(speaker.id(), speaker.name(), speaker.affiliation(), speaker.title(), speaker.bio());
    }
}
