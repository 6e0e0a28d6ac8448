package org.seminardesk.registration;

import java.util.List;

/**
 * Fired synchronously inside the transaction that made the change, so that what observers write (the mail
 * outbox) commits or rolls back with it. note is the organiser's or registrant's own words, where there are
 * any (a reason). people: whom the change concerns when it is not everyone in the registration (those added,
 * the one removed); null means all.
 */
public record RegistrationEvent(Registration registration, Change change, String note, List<Participant> people) implements java.io.Serializable {

    public enum Change {
        REGISTERED, PROMOTED, SEMINAR_CHANGED, SEMINAR_CANCELLED, LINK_RENEWED,
        /** People joined the registration: they get its confirmation (or waitlist notice). */
        PARTICIPANTS_ADDED,
        /** One person left it: they get a cancellation with a calendar cancellation. */
        PARTICIPANT_REMOVED,
        /** The registration was cancelled (by its link or by an organiser): everyone gets a cancellation. */
        CANCELLED,
        /** One participant's own link was renewed: they alone get the new one. */
        PARTICIPANT_LINK_RENEWED,
        /** One participant now comes to the venue or joins online: they get what now applies, with the invite. */
        MODE_CHANGED
    }

    public RegistrationEvent(Registration registration, Change change) {
        this(registration, change, null, null);
    }

    public RegistrationEvent(Registration registration, Change change, String note) {
        this(registration, change, note, null);
    }

    /** Those the change concerns. */
    public List<Participant> concerned() {
        return people != null ? people : registration.participants();
    }
}
