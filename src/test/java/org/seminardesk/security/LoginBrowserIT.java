package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** Signing in and out in Chromium: the login form, its refusal, the way back, the session, one's own password. */
class LoginBrowserIT extends BrowserIT {

    private void signIn(String username, String password) {
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".account-bar button[type=submit]")).click();
        waitForText("ログアウトしました");
    }

    @Test
    void aProtectedPageAsksForTheLoginAndReturnsToItAfterwards() {
        open("manage/seminars.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml?next=%2Fmanage%2Fseminars.xhtml"), browser.getCurrentUrl());
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();

        signIn(Http.username(Http.As.ORGANISER), "machigai-no-pasuwado");
        waitForText("ユーザー名またはパスワードが違います");
        assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("待ち時間"), "the wait after more wrong tries is announced");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));

        signIn(Http.username(Http.As.ORGANISER), Http.password(Http.As.ORGANISER));
        waitUntil(d -> d.getCurrentUrl().endsWith("/manage/seminars.xhtml"));
        waitForText("ログイン中： organiser");
        assertNotEquals(sessionBefore, browser.manage().getCookieNamed("JSESSIONID").getValue(), "a new session id after signing in");
        browser.navigate().back();
        waitForText("ユーザー名");
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml?next=%2Fmanage%2Fseminars.xhtml"),
                "Back opens the login by its address, not the refused post again: " + browser.getCurrentUrl());
        assertEquals("", browser.findElement(By.id("login:password")).getAttribute("value"));
        browser.navigate().forward();
        waitForText("ログイン中： organiser");

        signOut();
        open("manage/seminars.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "signed out means signed out: " + browser.getCurrentUrl());
    }

    @Test
    void anAdminAddsAStaffMemberWhoThenChoosesTheirOwnPassword() {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 6);
        openAs(Http.As.ADMIN, "admin/users.xhtml");
        browser.findElement(By.id("create:username")).sendKeys(username);
        browser.findElement(By.id("create:displayName")).sendKeys("新人 スタッフ");
        browser.findElement(By.id("create:password")).sendKeys("hajime-no-aikotoba");
        browser.findElement(By.id("create:submit")).click();
        waitForText("ユーザーを追加しました");
        waitForText(username);
        signOut();

        open("account.xhtml");
        signIn(username, "hajime-no-aikotoba");
        waitUntil(d -> d.getCurrentUrl().endsWith("/account.xhtml"));
        browser.findElement(By.id("password:current")).sendKeys("hajime-no-aikotoba");
        browser.findElement(By.id("password:newPassword")).sendKeys("short");
        browser.findElement(By.id("password:submit")).click();
        waitForText("パスワードは12文字以上にしてください");
        browser.findElement(By.id("password:current")).sendKeys("hajime-no-aikotoba");
        browser.findElement(By.id("password:newPassword")).sendKeys("jibun-de-kimeta-aikotoba");
        browser.findElement(By.id("password:submit")).click();
        waitForText("パスワードを変更しました");
        signOut();

        open("staff/index.xhtml");
        signIn(username, "hajime-no-aikotoba");
        waitForText("ユーザー名またはパスワードが違います");
        signIn(username, "jibun-de-kimeta-aikotoba");
        waitUntil(d -> d.getCurrentUrl().endsWith("/staff/index.xhtml"));
    }

    @Test
    void passwordGuessesFromElsewhereDoNotKeepTheAdminFromSigningIn() {
        Http guessing = anonymous.withPassword(Http.username(Http.As.ADMIN), "wrong-" + UUID.randomUUID()).from("203.0.113.254");
        for (int guess = 0; guess < 5; guess++) {
            int status = guessing.get("api/admin/users").status();
            assertTrue(status == 401 || status == 429, "guess " + guess + ": " + status);
        }
        browser.manage().deleteAllCookies();
        open("admin/users.xhtml");
        signIn(Http.username(Http.As.ADMIN), Http.password(Http.As.ADMIN));
        waitUntil(d -> d.getCurrentUrl().endsWith("/admin/users.xhtml"));
        waitForText("ログイン中： admin");
    }
}
