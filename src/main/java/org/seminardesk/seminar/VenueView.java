package org.seminardesk.seminar;

/** A venue as the API and the pages show it; public information. */
public record VenueView(Long id, String name, String address, String accessNotes) implements java.io.Serializable {

    public static VenueView of(Venue v) {
        return v == null ? null : new VenueView(v.id(), v.name(), v.address(), v.accessNotes());
    }
}
