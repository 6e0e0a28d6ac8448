package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    private static UserAccount account() {
        return new UserAccount("Sato.H", "佐藤 花子", List.of(Roles.STAFF), "hash", NOW);
    }

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutes() {
        UserAccount account = account();
        for (int attempt = 1; attempt < 5; attempt++) {
            assertFalse(account.failedLogin(NOW), "attempt " + attempt + " does not lock");
            assertTrue(account.acceptsLogin(NOW));
        }
        assertTrue(account.failedLogin(NOW));
        assertFalse(account.acceptsLogin(NOW.plus(Duration.ofMinutes(14))));
        assertTrue(account.acceptsLogin(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aGoodLoginStartsTheCountAgain() {
        UserAccount account = account();
        for (int attempt = 1; attempt < 5; attempt++) {
            account.failedLogin(NOW);
        }
        account.succeededLogin(NOW);
        assertFalse(account.failedLogin(NOW), "the count started again");
        assertEquals(NOW, account.lastLoginAt());
    }

    @Test
    void aDisabledAccountCannotSignInAndUnlockingLiftsTheLock() {
        UserAccount account = account();
        for (int attempt = 0; attempt < 5; attempt++) {
            account.failedLogin(NOW);
        }
        account.unlock();
        assertTrue(account.acceptsLogin(NOW));
        account.enable(false);
        assertFalse(account.acceptsLogin(NOW));
    }

    @Test
    void usernamesAreFoldedAndChecked() {
        assertEquals("sato.h", account().username());
        assertEquals("sato", new UserAccount("ｓａｔｏ", "佐藤", List.of(Roles.STAFF), "h", NOW).username());
        assertThrows(DomainException.class, () -> new UserAccount("佐藤", "佐藤", List.of(Roles.STAFF), "h", NOW));
        assertThrows(DomainException.class, () -> new UserAccount("ab", "x", List.of(Roles.STAFF), "h", NOW));
        assertThrows(DomainException.class, () -> new UserAccount("a b c", "x", List.of(Roles.STAFF), "h", NOW));
        assertThrows(DomainException.class, () -> new UserAccount("Anonymous", "x", List.of(Roles.STAFF), "h", NOW),
                "the name of nobody signed in is not a username");
    }

    @Test
    void rolesAreKnownOnesAndAtLeastOne() {
        UserAccount account = account();
        account.grant(Set.of(Roles.ORGANISER, Roles.STAFF));
        assertEquals(Set.of(Roles.ORGANISER, Roles.STAFF), account.roles());
        assertThrows(DomainException.class, () -> account.grant(Set.of()));
        assertThrows(DomainException.class, () -> account.grant(Set.of("ROOT")));
        assertEquals(Set.of(Roles.ORGANISER, Roles.STAFF), account.roles(), "unchanged after a refusal");
    }

    @Test
    void passwordsAreLongAndNotTheUsername() {
        PasswordPolicy.check("sato.h", "長いパスワードをここに書きます");
        PasswordPolicy.check("sato.h", "correct horse battery");
        assertEquals("account.passwordLength", assertThrows(DomainException.class, () -> PasswordPolicy.check("sato.h", "short-pw-11")).code());
        assertEquals("account.passwordUsername",
                assertThrows(DomainException.class, () -> PasswordPolicy.check("sato.h", "my name is SATO.H!")).code());
        assertEquals("account.passwordRepetitive",
                assertThrows(DomainException.class, () -> PasswordPolicy.check("sato.h", "aaaaaaaaaaaaaaaab")).code());
        assertThrows(DomainException.class, () -> PasswordPolicy.check("sato.h", "x".repeat(129)));
        assertThrows(DomainException.class, () -> PasswordPolicy.check("sato.h", null));
    }
}
