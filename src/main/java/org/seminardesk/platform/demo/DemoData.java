package org.seminardesk.platform.demo;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.seminar.SeminarFormat;
import org.seminardesk.seminar.SeminarKind;
import org.seminardesk.seminar.SeminarStatus;

/** The shape of src/main/resources/demo/demo-data.json. */
public record DemoData(String source, List<DemoOrganisation> organisations, List<DemoSpeaker> speakers,
                       List<DemoSeminar> seminars, List<DemoPlan> reportPlans) implements java.io.Serializable {

    /** The annual report's "next year" text of a fiscal year (〇令和４年度について in the report of 令和3年度). */
    public record DemoPlan(int fiscalYear, String plans) implements java.io.Serializable {
    }

    /** contacts: illustrative contact persons (example.jp), so that the portal can be tried at once. */
    public record DemoOrganisation(String name, FacilityType facilityType, List<DemoContact> contacts) implements java.io.Serializable {
    }

    public record DemoContact(String name, String email, String role) implements java.io.Serializable {
    }

    public record DemoSpeaker(String name, String affiliation, String title, String bio) implements java.io.Serializable {
    }

    public record DemoAgendaItem(String title, String summary) implements java.io.Serializable {
    }

    /**
     * A seminar with fixed times (startsAt, endsAt) or, for the upcoming one, times relative to the first start
     * (daysFromFirstStart at time, lasting durationMinutes), so that the demo always has something to register for.
     */
    public record DemoSeminar(String titleJa, String titleEn, String description, SeminarKind kind,
                              SeminarFormat format, SeminarStatus status, Integer capacity,
                              OffsetDateTime startsAt, OffsetDateTime endsAt,
                              Integer daysFromFirstStart, String time, Integer durationMinutes,
                              Integer deadlineDaysBefore, String venue, String onlineLink,
                              List<DemoAgendaItem> agenda, String chair, List<String> members,
                              List<String> speakers, Integer venueCapacity, Integer onlineCapacity) implements java.io.Serializable {
    }
}
