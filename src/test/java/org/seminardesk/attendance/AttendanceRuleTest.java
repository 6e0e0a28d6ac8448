package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.DomainException;

class AttendanceRuleTest {

    private static final Instant START = Instant.parse("2022-02-18T01:00:00Z");

    @Test
    void halfThePlannedLengthRoundedUpCountsAsAttended() {
        AttendanceRule rule = AttendanceRule.of(50, START, START.plusSeconds(45 * 60));
        assertEquals(45, rule.plannedMinutes());
        assertEquals(23, rule.minutesNeeded());
        assertTrue(rule.attended(23, false));
        assertFalse(rule.attended(22, false));
        assertTrue(rule.attended(0, true), "checked in at the venue");
    }

    @Test
    void anotherThresholdAndASeminarWithoutAnEnd() {
        assertEquals(108, AttendanceRule.of(90, START, START.plusSeconds(120 * 60)).minutesNeeded());
        AttendanceRule open = AttendanceRule.of(50, START, null);
        assertTrue(open.attended(1, false));
        assertFalse(open.attended(0, false));
    }

    @Test
    void thresholdsOutsideOneToAHundredAreRefused() {
        assertEquals("attendance.threshold", assertThrows(DomainException.class, () -> new AttendanceRule(0, 60)).code());
        assertThrows(DomainException.class, () -> new AttendanceRule(101, 60));
    }

    @Test
    void figuresPerOrganisationAndFacilityType() {
        List<AttendanceRow> rows = List.of(
                row(1, "ひまわり", FacilityType.CONTINUATION_B, true),
                row(2, "ひまわり", FacilityType.CONTINUATION_B, false),
                row(3, "あおぞら", FacilityType.EMPLOYMENT_TRANSITION, true),
                row(4, "さくら", FacilityType.CONTINUATION_B, true));
        AttendanceFigures figures = AttendanceFigures.of(rows);
        assertEquals(AttendanceFigures.Tally.of("", 4, 3), figures.overall());
        assertEquals(75, figures.overall().ratePercent());
        assertEquals(1, figures.overall().noShows());
        assertEquals(List.of(AttendanceFigures.Tally.of("あおぞら", 1, 1), AttendanceFigures.Tally.of("さくら", 1, 1),
                AttendanceFigures.Tally.of("ひまわり", 2, 1)), figures.byOrganisation());
        assertEquals(List.of(AttendanceFigures.Tally.of("EMPLOYMENT_TRANSITION", 1, 1),
                AttendanceFigures.Tally.of("CONTINUATION_B", 3, 2)), figures.byFacilityType(), "in the types' order");
        assertEquals(67, figures.byFacilityType().get(1).ratePercent());
        assertEquals(0, AttendanceFigures.of(List.of()).overall().ratePercent());
    }

    static AttendanceRow row(long id, String organisation, FacilityType type, boolean attended) {
        return new AttendanceRow(id, "参加者" + id, "p" + id + "@example.org", organisation.hashCode(), organisation, type,
                attended ? 60 : 0, null, attended);
    }
}
