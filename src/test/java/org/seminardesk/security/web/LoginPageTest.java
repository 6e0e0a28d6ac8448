package org.seminardesk.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void afterLoginOnlyAPageOfThisSiteIsFollowed() {
        assertEquals("/manage/seminar.xhtml?id=3", LoginPage.safeNext("/manage/seminar.xhtml?id=3"));
        assertNull(LoginPage.safeNext("https://evil.example/"));
        assertNull(LoginPage.safeNext("//evil.example/"));
        assertNull(LoginPage.safeNext("/\\evil.example/"));
        assertNull(LoginPage.safeNext("/manage\r\nSet-Cookie: x=1"));
        assertNull(LoginPage.safeNext("/login.xhtml?next=/x"));
        assertNull(LoginPage.safeNext(null));
    }
}
