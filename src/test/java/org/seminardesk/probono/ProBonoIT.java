package org.seminardesk.probono;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** Pro bono: needs and offers registered in public, matched by organisers, outcomes recorded. */
class ProBonoIT extends BrowserIT {

    private JsonObject need(long organisation, String title) {
        Http.Reply reply = anonymous.post("api/probono/needs", """
                {"organisationId":%d,"contactName":"山田 太郎","contactEmail":"need@example.org","title":"%s","description":"作業の様子を伝えたい"}"""
                .formatted(organisation, title));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private JsonObject offer(String name) {
        Http.Reply reply = anonymous.post("api/probono/offers",
                "{\"name\":\"%s\",\"affiliation\":\"デザイン事務所\",\"email\":\"helper@example.org\",\"skills\":\"ウェブ制作\"}".formatted(name));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private String statusOf(long needId) {
        return organiser.get("api/manage/probono").json().getJsonArray("needs").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("id").longValue() == needId).findFirst().orElseThrow().getString("status");
    }

    @Test
    void needsAndOffersAreMatchedAndTheirOutcomeRecorded() {
        assertEquals(400, anonymous.post("api/probono/needs", "{\"organisationId\":1,\"contactName\":\"x\",\"contactEmail\":\"not-an-address\",\"title\":\"t\"}").status());
        assertEquals(422, anonymous.post("api/probono/needs", "{\"organisationId\":987654321,\"contactName\":\"x\",\"contactEmail\":\"a@example.org\",\"title\":\"t\"}").status());
        long need = need(organisation(), "ホームページを作りたい").getJsonNumber("id").longValue();
        long helper = offer(unique("佐藤")).getJsonNumber("id").longValue();
        assertEquals("OPEN", statusOf(need));

        assertEquals(401, anonymous.get("api/manage/probono").status());
        assertEquals(403, staff.get("api/manage/probono").status(), "pro bono contacts are the organisers'");
        assertEquals(403, staff.post("api/manage/probono/matches", "{\"needId\":%d,\"offerId\":%d}".formatted(need, helper)).status());

        Http.Reply match = organiser.post("api/manage/probono/matches", "{\"needId\":%d,\"offerId\":%d,\"note\":\"初回面談 5月\"}".formatted(need, helper));
        assertEquals(201, match.status(), match.toString());
        assertEquals("IN_PROGRESS", match.json().getString("outcome"));
        assertEquals("MATCHED", statusOf(need));
        assertEquals(409, organiser.post("api/manage/probono/matches", "{\"needId\":%d,\"offerId\":%d}".formatted(need, helper)).status(), "matched once");

        long matchId = match.json().getJsonNumber("id").longValue();
        assertEquals("COMPLETED", organiser.put("api/manage/probono/matches/" + matchId, "{\"outcome\":\"COMPLETED\",\"note\":\"公開済み\"}")
                .json().getString("outcome"));
        organiser.put("api/manage/probono/matches/" + matchId, "{\"outcome\":\"CANCELLED\"}");
        assertEquals("OPEN", statusOf(need), "a match called off opens the need again");
    }

    @Test
    void aFacilityRegistersOnThePublicPageAndAnOrganiserMatchesOnHers() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organisation = organiser.post("api/organisations", "{\"name\":\"作業所 %s\",\"facilityType\":\"CONTINUATION_B\"}".formatted(tag))
                .json().getString("name");
        String helper = "鈴木 " + tag;
        offer(helper);

        open("probono.xhtml");
        browser.findElement(By.id("need:submit")).click();
        waitForText("入力してください");
        new Select(browser.findElement(By.id("need:organisationId"))).selectByVisibleText(organisation);
        browser.findElement(By.id("need:contactName")).sendKeys("田中 花子");
        browser.findElement(By.id("need:contactEmail")).sendKeys("tanaka@example.org");
        browser.findElement(By.id("need:title")).sendKeys("チラシを作りたい " + tag);
        browser.findElement(By.id("need:submit")).click();
        waitForText("ご登録ありがとうございました");

        openAs(Http.As.ORGANISER, "manage/probono.xhtml");
        new Select(browser.findElement(By.id("match:need"))).selectByVisibleText(organisation + "：チラシを作りたい " + tag);
        new Select(browser.findElement(By.id("match:offer"))).selectByVisibleText(helper + "（ウェブ制作）");
        browser.findElement(By.id("match:submit")).click();
        waitForText("マッチングを記録しました");
        var row = browser.findElement(By.xpath("//form[@id='matches']//tr[th[contains(., 'チラシを作りたい " + tag + "')]]"));
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("完了");
        row.findElement(By.cssSelector("input[type=submit]")).click();
        waitForText("結果を保存しました");
        assertEquals("COMPLETED", organiser.get("api/manage/probono").json().getJsonArray("matches").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("need").endsWith(tag)).findFirst().orElseThrow().getString("outcome"));
        screenshot("probono");
    }
}
