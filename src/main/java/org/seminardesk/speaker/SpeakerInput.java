package org.seminardesk.speaker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A speaker as the API accepts it. */
public record SpeakerInput(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String affiliation,
        @Size(max = 100) String title,
        @Size(max = 2000) String bio) implements java.io.Serializable {

    SpeakerDetails details() {
        return new SpeakerDetails(name, affiliation, title, bio);
    }
}
