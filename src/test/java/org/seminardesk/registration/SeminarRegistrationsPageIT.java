package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/** The organisers' registrations page: seats and waitlist, and cancelling on an organisation's behalf. */
class SeminarRegistrationsPageIT extends ApplicationIT {

    private String registerAs(long seminar, String organisationName, String email) {
        long organisation = organiser.post("api/organisations", "{\"name\":\"%s\",\"facilityType\":\"OTHER\"}"
                .formatted(organisationName)).json().getJsonNumber("id").longValue();
        return organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"職員\",\"email\":\"%s\"}]}"
                .formatted(seminar, organisation, email)).json().getString("token");
    }

    @Test
    void anOrganiserCancelsARegistrationWithAReasonAndTheWaitlistMovesUp() throws Exception {
        long seminar = publishedSeminar(1);
        String first = unique("先着事業所");
        String firstToken = registerAs(seminar, first, "first@example.org");
        String waitingToken = registerAs(seminar, unique("待機事業所"), "waiting@example.org");
        String page = "manage/registrations.xhtml?seminar=" + seminar;
        assertSentToLogin(page);
        assertEquals(403, staff.get(page).status());

        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        String html = browser.open(page);
        assertTrue(html.contains("参加確定 1 / 定員 1 名、キャンセル待ち 1 名"), html);
        Matcher cancel = Pattern.compile("<input[^>]*name=\"(registrations:[^\"]+)\"[^>]*aria-label=\"" + Pattern.quote(first)
                + " この申込を取り消す\"").matcher(html);
        assertTrue(cancel.find(), "a cancel button on the first registration's row");

        html = browser.submit("registrations", cancel.group(1), Map.of("registrations:reason", "電話で取り消しの連絡"));
        assertTrue(html.contains("申込を取り消しました"), html);
        assertTrue(html.contains("参加確定 1 / 定員 1 名、キャンセル待ち 0 名"), "the waitlist moved up: " + html);
        var cancelled = anonymous.get("api/registrations/" + firstToken).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("電話で取り消しの連絡", cancelled.getString("cancelReason"));
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + waitingToken).json().getString("status"));
        assertEquals(404, organiser.get("manage/registrations.xhtml?seminar=987654321").status());
    }
}
