package org.seminardesk.mail.announcement;

import java.util.Set;
import org.seminardesk.organisation.FacilityType;

/**
 * What an organiser writes: the message in Japanese (and optionally English, for organisations that prefer
 * it) and its audience. facilityTypes is for FACILITY_TYPES; seminarId and which registrants for
 * SEMINAR_REGISTRANTS.
 */
public record AnnouncementDetails(String subjectJa, String bodyJa, String subjectEn, String bodyEn,
                                  Announcement.Audience audience, Set<FacilityType> facilityTypes,
                                  Long seminarId, boolean toConfirmed, boolean toWaitlisted) implements java.io.Serializable {
}
