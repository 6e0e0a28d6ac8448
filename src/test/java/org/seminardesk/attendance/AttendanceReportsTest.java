package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seminardesk.attendance.AttendanceReports.Format;
import org.seminardesk.attendance.AttendanceReports.Report;

/** Real-shaped Zoom and Teams reports made by the project (src/test/resources/attendance), good and broken. */
class AttendanceReportsTest {

    private static byte[] file(String name) throws IOException {
        try (InputStream in = AttendanceReportsTest.class.getResourceAsStream("/attendance/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Long> minutesByPerson(Report report) {
        return ReportedPerson.of(report.intervals()).stream()
                .collect(Collectors.toMap(ReportedPerson::key, ReportedPerson::minutes));
    }

    @Test
    void zoomInEnglishWithTheMeetingBlockABomRejoinsAndGuests() throws IOException {
        Report report = AttendanceReports.read(file("zoom-en-with-meeting.csv"));
        assertEquals(Format.ZOOM, report.format());
        assertEquals(5, report.intervals().size(), "the meeting block is not a participant");
        AttendanceInterval first = report.intervals().get(1);
        assertEquals("山田 太郎", first.name());
        assertEquals(LocalDateTime.of(2022, 2, 18, 9, 58, 1), first.joined());
        assertEquals(LocalDateTime.of(2022, 2, 18, 12, 3, 40), report.intervals().get(0).left(), "12-hour clock, PM");
        assertEquals("Sato, Hanako", report.intervals().get(3).name(), "a quoted name with a comma");
        assertNull(report.intervals().get(3).email(), "guests have no email");

        Map<String, Long> minutes = minutesByPerson(report);
        assertEquals(116, minutes.get("taro@example.org"), "41:59 + 74:40, added before rounding down");
        assertEquals(60, minutes.get("sato,hanako".replace(",", "")), "no email: the folded name");
    }

    @Test
    void aZoomWebinarReportTakesTheAttendeesAndSkipsRegistrantsWhoNeverCame() throws IOException {
        Report report = AttendanceReports.read(file("zoom-webinar.csv"));
        assertEquals(Format.ZOOM, report.format());
        assertEquals(2, report.intervals().size(), "the attendee section, without the host, the panelists or the no-show");
        assertEquals("山田 太郎", report.intervals().get(0).name());
        assertEquals(90, minutesByPerson(report).get("taro@example.org"));
    }

    @Test
    void zoomInJapaneseWithFullWidthBracketsAndOverlappingRejoins() throws IOException {
        Report report = AttendanceReports.read(file("zoom-ja.csv"));
        assertEquals(Format.ZOOM, report.format());
        assertEquals(3, report.intervals().size());
        assertEquals(LocalDateTime.of(2022, 2, 18, 9, 58, 1), report.intervals().get(0).joined());
        Map<String, Long> minutes = minutesByPerson(report);
        assertEquals(105, minutes.get("hanako@example.org"), "10:00–11:30 and 11:00–11:45 overlap: counted once");
        assertEquals(121, minutes.get("山田太郎"), "full-width space folded");
    }

    @Test
    void teamsUtf16TabSeparatedUsesTheInMeetingActivities() throws IOException {
        Report report = AttendanceReports.read(file("teams-utf16.csv"));
        assertEquals(Format.TEAMS, report.format());
        assertEquals(3, report.intervals().size(), "the activities, not the participants summary");
        assertEquals("suzuki@example.org", report.intervals().get(0).email());
        Map<String, Long> minutes = minutesByPerson(report);
        assertEquals(31 + 80, minutes.get("suzuki@example.org"));
        assertEquals(30, minutes.get("tanaka@example.org"));
    }

    @Test
    void theOlderTeamsEventListPairsJoinsAndLeaves() throws IOException {
        Report report = AttendanceReports.read(file("teams-legacy.csv"));
        assertEquals(Format.TEAMS_LEGACY, report.format());
        Map<String, Long> minutes = minutesByPerson(report);
        assertEquals(60 + 30, minutes.get(NameKeys.exact("佐藤 次郎")));
        assertEquals(100, minutes.get(NameKeys.exact("高橋 三郎")), "still in at the end: until the last event");
    }

    @Test
    void brokenFilesAreRefusedWithTheLineNumber() throws IOException {
        AttendanceReportException badTime = assertThrows(AttendanceReportException.class,
                () -> AttendanceReports.read(file("broken-time.csv")));
        assertEquals(3, badTime.line());
        assertTrue(badTime.getMessage().contains("soon"), badTime.getMessage());
        assertEquals(2, assertThrows(AttendanceReportException.class,
                () -> AttendanceReports.read(file("broken-leave-before-join.csv"))).line());
        assertTrue(assertThrows(AttendanceReportException.class, () -> AttendanceReports.read(file("not-a-report.csv")))
                .getMessage().contains("No participant list"));
        assertTrue(assertThrows(AttendanceReportException.class, () -> AttendanceReports.read(file("broken-binary.csv")))
                .getMessage().contains("not text"));
        assertThrows(AttendanceReportException.class, () -> AttendanceReports.read(new byte[0]));
    }

    @Test
    void namesAreFoldedForMatching() {
        assertEquals(NameKeys.exact("山田 太郎"), NameKeys.exact("山田　太郎"));
        assertEquals(NameKeys.exact("ﾔﾏﾀﾞ ﾊﾅｺ"), NameKeys.exact("ヤマダ　ハナコ"));
        assertEquals(NameKeys.exact("YAMADA Taro"), NameKeys.exact("ｙａｍａｄａ taro"));
    }
}
