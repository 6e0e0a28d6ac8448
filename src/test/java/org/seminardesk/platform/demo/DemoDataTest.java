package org.seminardesk.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seminardesk.seminar.SeminarFormat;
import org.seminardesk.seminar.SeminarKind;

/** The demo data carries the facts of the council's report (shared/seed). */
class DemoDataTest {

    private final DemoData data = DemoDataLoader.read();

    @Test
    void hasTheTwentyThreeMemberFacilities() {
        Set<String> names = data.organisations().stream().map(DemoData.DemoOrganisation::name).collect(Collectors.toSet());
        assertEquals(23, names.size());
        assertTrue(names.contains("ディーキャリア品川サウスオフィス"));
        assertTrue(data.organisations().stream().allMatch(o -> o.facilityType() != null));
    }

    @Test
    void hasTheThreeMeetingsOfFiscal2021TheThirdInWriting() {
        var meetings = data.seminars().stream().filter(s -> s.kind() == SeminarKind.MEETING).toList();
        assertEquals(3, meetings.size());
        assertEquals(OffsetDateTime.parse("2021-09-28T09:30:00+09:00"), meetings.get(0).startsAt());
        assertEquals(OffsetDateTime.parse("2021-11-22T10:00:00+09:00"), meetings.get(1).startsAt());
        assertEquals(SeminarFormat.WRITTEN, meetings.get(2).format());
        meetings.forEach(m -> assertEquals(5, m.agenda().size(), m.titleJa()));
    }

    @Test
    void rostersNameOnlyKnownOrganisations() {
        Set<String> names = data.organisations().stream().map(DemoData.DemoOrganisation::name).collect(Collectors.toSet());
        data.seminars().stream().filter(s -> s.members() != null)
                .flatMap(s -> s.members().stream())
                .forEach(member -> assertTrue(names.contains(member), member));
    }

    @Test
    void theUpcomingSeminarFallsOnAWorkingDay() {
        assertEquals(java.time.LocalDate.of(2027, 1, 4), DemoDataLoader.workingDayFrom(java.time.LocalDate.of(2026, 12, 30)));
        assertEquals(java.time.LocalDate.of(2026, 11, 30), DemoDataLoader.workingDayFrom(java.time.LocalDate.of(2026, 11, 28)));
        assertEquals(java.time.LocalDate.of(2026, 11, 25), DemoDataLoader.workingDayFrom(java.time.LocalDate.of(2026, 11, 25)));
    }

    @Test
    void hasTheOnlineSeminarWithItsLecturerAndAProBonoSeminar() {
        var seminar = data.seminars().stream().filter(s -> s.titleJa().equals("超短時間雇用セミナー")).findFirst().orElseThrow();
        assertEquals(SeminarFormat.ONLINE, seminar.format());
        assertEquals(OffsetDateTime.parse("2022-02-18T10:00:00+09:00"), seminar.startsAt());
        assertEquals(OffsetDateTime.parse("2022-02-18T12:00:00+09:00"), seminar.endsAt());
        assertEquals(java.util.List.of("近藤先生"), seminar.speakers());
        assertTrue(data.seminars().stream().anyMatch(s -> s.kind() == SeminarKind.PRO_BONO));
    }
}
