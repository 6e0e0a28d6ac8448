package org.seminardesk.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

class MaterialTest {

    private static final Instant START = Instant.parse("2030-01-10T01:00:00Z");
    private static final Instant END = START.plusSeconds(7200);
    private static final Instant BEFORE = START.minusSeconds(86_400);
    private static final Instant AFTER = END.plusSeconds(3600);
    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

    private static final Viewer WAITING = new Viewer(true, false, false);
    private static final Viewer CONFIRMED = new Viewer(true, true, false);
    private static final Viewer ATTENDED = new Viewer(true, true, true);

    private static Material file(Audience audience, Timing timing) {
        return Material.file(1, "当日の資料", MaterialFiles.check("slides.pdf", PDF, 1_000_000), audience, timing, BEFORE, "organiser");
    }

    @Test
    void eachAudienceSeesWhatItShould() {
        assertTrue(file(Audience.EVERYONE, Timing.ANY_TIME).visibleTo(Viewer.PUBLIC, BEFORE, START, END));
        assertFalse(file(Audience.REGISTRANTS, Timing.ANY_TIME).visibleTo(Viewer.PUBLIC, BEFORE, START, END));
        assertTrue(file(Audience.REGISTRANTS, Timing.ANY_TIME).visibleTo(WAITING, BEFORE, START, END));
        assertFalse(file(Audience.CONFIRMED, Timing.ANY_TIME).visibleTo(WAITING, BEFORE, START, END));
        assertTrue(file(Audience.CONFIRMED, Timing.ANY_TIME).visibleTo(CONFIRMED, BEFORE, START, END));
        assertTrue(file(Audience.ATTENDEES, Timing.ANY_TIME).visibleTo(ATTENDED, AFTER, START, END));
        assertFalse(file(Audience.ATTENDEES, Timing.ANY_TIME).visibleTo(CONFIRMED, AFTER, START, END));
        assertTrue(file(Audience.NO_SHOWS, Timing.ANY_TIME).visibleTo(CONFIRMED, AFTER, START, END));
        assertFalse(file(Audience.NO_SHOWS, Timing.ANY_TIME).visibleTo(CONFIRMED, START, START, END), "not a no-show before the end");
        assertFalse(file(Audience.NO_SHOWS, Timing.ANY_TIME).visibleTo(ATTENDED, AFTER, START, END));
    }

    @Test
    void timingAndARecordingsWindowLimitWhen() {
        assertTrue(file(Audience.CONFIRMED, Timing.BEFORE).visibleTo(CONFIRMED, BEFORE, START, END));
        assertFalse(file(Audience.CONFIRMED, Timing.BEFORE).visibleTo(CONFIRMED, START, START, END));
        assertFalse(file(Audience.CONFIRMED, Timing.AFTER).visibleTo(CONFIRMED, START, START, END));
        assertTrue(file(Audience.CONFIRMED, Timing.AFTER).visibleTo(CONFIRMED, END, START, END));

        Material recording = Material.recording(1, "アーカイブ", "https://video.example.org/x", Audience.REGISTRANTS,
                Timing.AFTER, END, END.plusSeconds(7 * 86_400), BEFORE, "organiser");
        assertFalse(recording.visibleTo(WAITING, START, START, END));
        assertTrue(recording.visibleTo(WAITING, AFTER, START, END));
        assertFalse(recording.visibleTo(WAITING, END.plusSeconds(7 * 86_400), START, END), "the window closed");
        assertEquals("url", assertThrows(DomainException.class, () -> Material.recording(1, "x", "javascript:alert(1)",
                Audience.EVERYONE, Timing.ANY_TIME, null, null, BEFORE, "o")).field());
        assertEquals("availableUntil", assertThrows(DomainException.class, () -> Material.recording(1, "x", "https://v.example/x",
                Audience.EVERYONE, Timing.ANY_TIME, END, START, BEFORE, "o")).field());
    }

    @Test
    void onlyPdfAndOfficeFilesOfTheRightKindAndSizePass() {
        assertEquals("application/pdf", MaterialFiles.check("資料.PDF", PDF, 1000).contentType());
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertTrue(MaterialFiles.check("slides.pptx", zip, 1000).contentType().contains("presentationml"));
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("material.type", assertThrows(DomainException.class, () -> MaterialFiles.check("slides.pdf", html, 1000)).code());
        assertEquals("material.type", assertThrows(DomainException.class, () -> MaterialFiles.check("run.exe", PDF, 1000)).code());
        assertEquals("material.type", assertThrows(DomainException.class, () -> MaterialFiles.check("slides.pptx", PDF, 1000)).code());
        assertEquals("material.tooLarge", assertThrows(DomainException.class, () -> MaterialFiles.check("a.pdf", PDF, 5)).code());
        assertEquals("material.empty", assertThrows(DomainException.class, () -> MaterialFiles.check("a.pdf", new byte[0], 5)).code());
        assertEquals("evil.pdf", MaterialFiles.check("..\\..\\C:/evil\".pdf", PDF, 1000).fileName().replace("\"", ""));
        assertFalse(MaterialFiles.check("a\r\nSet-Cookie: x.pdf", PDF, 1000).fileName().contains("\n"));
    }
}
