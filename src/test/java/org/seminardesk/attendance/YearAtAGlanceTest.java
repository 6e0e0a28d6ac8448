package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.organisation.FacilityType;

class YearAtAGlanceTest {

    private static final YearAtAGlance.Member HIMAWARI = new YearAtAGlance.Member(1, "ひまわり", FacilityType.CONTINUATION_B);
    private static final YearAtAGlance.Member SAKURA = new YearAtAGlance.Member(2, "さくら", FacilityType.EMPLOYMENT_TRANSITION);
    private static final YearAtAGlance.Member KAEDE = new YearAtAGlance.Member(3, "かえで", FacilityType.CONTINUATION_B);
    private static final YearAtAGlance.Member MOMIJI = new YearAtAGlance.Member(4, "もみじ", FacilityType.RETENTION);

    private static AttendanceRow row(YearAtAGlance.Member member, boolean attended) {
        return new AttendanceRow(1, "職員", null, member.id(), member.name(), member.facilityType(), 0, null, attended);
    }

    @Test
    void countsEachOrganisationAcrossSeminarsAndMeetingsAndFindsThoseWhoNeverTookPart() {
        var first = new YearAtAGlance.SeminarRows(10, List.of(row(HIMAWARI, true), row(HIMAWARI, false), row(SAKURA, true)));
        var second = new YearAtAGlance.SeminarRows(11, List.of(row(HIMAWARI, true), row(KAEDE, false)));
        var meeting = List.of(new YearAtAGlance.RosterPresence(2, true), new YearAtAGlance.RosterPresence(3, false),
                new YearAtAGlance.RosterPresence(4, null));

        YearAtAGlance year = YearAtAGlance.of(2021, List.of(HIMAWARI, SAKURA, KAEDE, MOMIJI), List.of(first, second), List.of(meeting));

        assertEquals(2, year.seminars());
        assertEquals(1, year.meetings());
        assertEquals(5, year.overall().registered());
        assertEquals(3, year.overall().attended());
        assertEquals(60, year.overall().ratePercent());
        var himawari = year.organisations().stream().filter(l -> l.id() == 1).findFirst().orElseThrow();
        assertEquals(3, himawari.registered());
        assertEquals(2, himawari.attended());
        assertEquals(67, himawari.ratePercent());
        assertEquals(2, himawari.seminarsAttended(), "one attended at each seminar");
        var sakura = year.organisations().stream().filter(l -> l.id() == 2).findFirst().orElseThrow();
        assertEquals(1, sakura.meetingsPresent());
        assertEquals(1, sakura.meetingsListed());
        var continuationB = year.byFacilityType().stream().filter(t -> t.label().equals("CONTINUATION_B")).findFirst().orElseThrow();
        assertEquals(4, continuationB.registered());
        assertEquals(2, continuationB.attended());
        assertEquals(List.of(KAEDE, MOMIJI), year.neverTookPart(), "registered but absent, or never came at all");
    }

    @Test
    void aMeetingWithoutRecordedPresenceCountsItsRosterAsTheReportDoes() {
        var unrecorded = List.of(new YearAtAGlance.RosterPresence(1, null), new YearAtAGlance.RosterPresence(2, null));
        YearAtAGlance year = YearAtAGlance.of(2021, List.of(HIMAWARI, SAKURA, KAEDE), List.of(), List.of(unrecorded));
        assertEquals(1, year.organisations().stream().filter(l -> l.id() == 1).findFirst().orElseThrow().meetingsPresent());
        assertEquals(List.of(KAEDE), year.neverTookPart());
    }

    @Test
    void aYearWithNothingHeldIsAllZerosAndEveryMemberIsListed() {
        YearAtAGlance year = YearAtAGlance.of(2030, List.of(HIMAWARI), List.of(), List.of());
        assertEquals(0, year.overall().ratePercent());
        assertEquals(List.of(HIMAWARI), year.neverTookPart());
        assertEquals(0, year.organisations().get(0).registered());
    }
}
