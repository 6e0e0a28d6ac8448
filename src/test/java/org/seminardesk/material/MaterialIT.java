package org.seminardesk.material;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * Materials and recordings: each reaches only its audience at its time — the public, confirmed participants,
 * the waitlisted, after the end — through the API and the pages; files are checked; a mail announces one once.
 */
class MaterialIT extends MailTestSupport {

    private static final Pattern PARTICIPANT_LINK = Pattern.compile("/p/([A-Za-z0-9_-]{43})");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private String linkOf(String address) throws Exception {
        String text = text(eventually(() -> mailTo(address), list -> !list.isEmpty()).get(0));
        Matcher link = PARTICIPANT_LINK.matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private long upload(long seminar, String title, String audience, String timing) {
        Http.Reply added = organiser.upload("api/seminars/%d/materials?title=%s&fileName=slides.pdf&audience=%s&timing=%s"
                .formatted(seminar, java.net.URLEncoder.encode(title, StandardCharsets.UTF_8), audience, timing), PDF, "application/pdf");
        assertEquals(201, added.status(), added.body());
        return added.json().getJsonNumber("id").longValue();
    }

    @Test
    void eachMaterialReachesOnlyItsAudienceAtItsTime() throws Exception {
        long seminar = publishedSeminar(1);
        String confirmedAddress = "mat-in-" + System.nanoTime() + "@example.org";
        String waitingAddress = "mat-wait-" + System.nanoTime() + "@example.org";
        register(seminar, confirmedAddress);
        register(seminar, waitingAddress);
        String confirmed = linkOf(confirmedAddress);
        String waiting = linkOf(waitingAddress);

        long forEveryone = upload(seminar, "チラシ", "EVERYONE", "ANY_TIME");
        long forConfirmed = upload(seminar, "当日の資料", "CONFIRMED", "ANY_TIME");
        Http.Reply recording = organiser.post("api/seminars/" + seminar + "/materials/recordings", """
                {"title":"アーカイブ動画","url":"https://video.example.org/archive","audience":"REGISTRANTS","timing":"AFTER"}""");
        assertEquals(201, recording.status(), recording.body());

        String publicList = anonymous.get("api/seminars/" + seminar + "/materials").body();
        assertTrue(publicList.contains("チラシ") && !publicList.contains("当日の資料"), publicList);
        var download = anonymous.download("api/seminars/" + seminar + "/materials/" + forEveryone);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(404, anonymous.download("api/seminars/" + seminar + "/materials/" + forConfirmed).statusCode());
        assertTrue(anonymous.get("seminar.xhtml?id=" + seminar).body().contains("チラシ"), "on the public page");

        String mine = anonymous.get("api/participants/" + confirmed + "/materials").body();
        assertTrue(mine.contains("当日の資料") && !mine.contains("アーカイブ"), "the recording comes after the end: " + mine);
        assertEquals(200, anonymous.download("api/participants/" + confirmed + "/materials/" + forConfirmed).statusCode());
        assertTrue(anonymous.get("p/" + confirmed).body().contains("当日の資料"), "on their page");
        assertFalse(anonymous.get("api/participants/" + waiting + "/materials").body().contains("当日の資料"), "not for the waitlist");
        assertEquals(404, anonymous.download("api/participants/" + waiting + "/materials/" + forConfirmed).statusCode());

        Http.Reply told = organiser.post("api/seminars/" + seminar + "/materials/" + forConfirmed + "/announce", "");
        assertEquals(1, told.json().getInt("told"), "only the confirmed participant may see it");
        MimeMessage mail = eventually(() -> mailTo(confirmedAddress).stream().filter(m -> subject(m).startsWith("【資料のご案内】")).toList(),
                list -> !list.isEmpty()).get(0);
        assertTrue(text(mail).contains("当日の資料") && text(mail).contains("/p/"), text(mail));
        assertEquals(409, organiser.post("api/seminars/" + seminar + "/materials/" + forConfirmed + "/announce", "").status(), "once");

        ageSeminar(seminar, Duration.ofDays(8)); // it was held yesterday
        assertTrue(anonymous.get("api/participants/" + waiting + "/materials").body().contains("https://video.example.org/archive"),
                "after the end, the recording for registrants");

        assertEquals(204, organiser.delete("api/seminars/" + seminar + "/materials/" + forConfirmed).status());
        assertEquals(404, anonymous.download("api/participants/" + confirmed + "/materials/" + forConfirmed).statusCode());
    }

    @Test
    void onlyOrganisersAddAndOnlyRealDocumentsPass() {
        long seminar = publishedSeminar(5);
        String path = "api/seminars/" + seminar + "/materials?title=x&fileName=slides.pdf&audience=EVERYONE";
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        Http.Reply disguised = organiser.upload(path, page, "application/pdf");
        assertEquals(422, disguised.status(), "a page named .pdf: " + disguised.body());
        assertEquals(415, organiser.upload(path, page, "text/html").status());
        assertEquals(422, organiser.upload(path.replace("slides.pdf", "run.exe"), PDF, "application/octet-stream").status());
        assertEquals(422, organiser.upload(path.replace("title=x", "title="), PDF, "application/pdf").status());
        assertEquals(403, staff.upload(path, PDF, "application/pdf").status());
        assertEquals(401, anonymous.upload(path, PDF, "application/pdf").status());
        assertEquals(422, organiser.post("api/seminars/" + seminar + "/materials/recordings",
                "{\"title\":\"x\",\"url\":\"javascript:alert(1)\",\"audience\":\"EVERYONE\",\"timing\":\"ANY_TIME\"}").status());
        assertEquals(404, organiser.upload("api/seminars/987654321/materials?title=x&fileName=a.pdf&audience=EVERYONE", PDF,
                "application/pdf").status());
        assertEquals("[]", anonymous.get("api/seminars/" + seminar + "/materials").body().replaceAll("\\s", ""), "nothing was added");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
