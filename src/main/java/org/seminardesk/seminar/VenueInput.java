package org.seminardesk.seminar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A venue as the API and the organisers' page accept it. */
public record VenueInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String address,
        @Size(max = 2000) String accessNotes) implements java.io.Serializable {

    Venue.Details details() {
        return new Venue.Details(name, address, accessNotes);
    }
}
