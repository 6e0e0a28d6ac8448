package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/** The audit log in words: downloads of personal data and mass sends are recorded, and the log is filtered. */
class AuditPageIT extends ApplicationIT {

    @Test
    void downloadsAndSendsAreRecordedAndFoundByWhoWhatAndWhen() throws Exception {
        long seminar = publishedSeminar(5);
        staff.download("api/manage/seminars/" + seminar + "/registrations/export");
        organiser.download("api/manage/seminars/" + seminar + "/registrations/export.xlsx");

        PageSession admin = new PageSession(base, Http.As.ADMIN);
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        String page = admin.open("admin/audit.xhtml?action=download.participants&actor=staff&from=" + today + "&to=" + today);
        assertTrue(page.contains("参加者名簿をダウンロード（配慮事項を含む）"), "the action in words: " + page);
        assertTrue(page.contains("セミナー・会議 #" + seminar), "the subject in words");
        assertTrue(page.contains("csv") && !page.contains("xlsx"), "only staff's download");
        assertFalse(page.contains("download.participants</th>"), "no raw keys");

        page = admin.open("admin/audit.xhtml?action=download.participants&from=2001-01-01&to=2001-01-02");
        assertTrue(page.contains("全0件"), "nothing on another day: " + page);
    }
}
