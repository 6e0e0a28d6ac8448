package org.seminardesk.seminar;

import java.util.List;

/**
 * What an organiser links to a seminar besides its details: speakers (in order), the venue record and the
 * reminder schedule, and how long before the start the online link is shown (0: from confirmation). Null keeps what is there (on creation: no speakers, no venue, the default schedule).
 */
public record SeminarOptions(List<Long> speakerIds, Long venueId, List<Integer> reminderHoursBefore,
                             Integer linkReleaseMinutesBefore) implements java.io.Serializable {

    public static final SeminarOptions NONE = new SeminarOptions(null, null, null, null);
}
