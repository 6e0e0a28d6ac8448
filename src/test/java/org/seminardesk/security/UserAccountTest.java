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
    void wrongPasswordsMakeTheAddressWaitLongerEachTimeUpToFifteenMinutes() {
        for (int failures = 0; failures <= SignInDelay.FREE_PER_ACCOUNT; failures++) {
            assertEquals(Duration.ZERO, SignInDelay.after(failures, SignInDelay.FREE_PER_ACCOUNT), failures + " failures are free");
        }
        assertEquals(Duration.ofSeconds(2), SignInDelay.after(4, 3));
        assertEquals(Duration.ofSeconds(4), SignInDelay.after(5, 3));
        assertEquals(Duration.ofSeconds(512), SignInDelay.after(12, 3));
        assertEquals(Duration.ofMinutes(15), SignInDelay.after(13, 3));
        assertEquals(Duration.ofMinutes(15), SignInDelay.after(1_000, 3), "no overflow");
    }

    @Test
    void takingRightsAwayEndsTheSessionsButGivingThemDoesNot() {
        UserAccount account = account();
        int version = account.sessionVersion();
        account.grant(Set.of(Roles.ORGANISER, Roles.STAFF));
        assertEquals(version, account.sessionVersion(), "a role added");
        account.grant(Set.of(Roles.ORGANISER));
        assertEquals(version + 1, account.sessionVersion(), "a role removed");
        account.enable(true);
        assertEquals(version + 1, account.sessionVersion(), "still enabled");
        account.enable(false);
        assertEquals(version + 2, account.sessionVersion(), "disabled");
        account.changePassword("new hash");
        assertEquals(version + 3, account.sessionVersion(), "a new password");
        account.signOutEverywhere();
        assertEquals(version + 4, account.sessionVersion());
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
    void passwordsCommonInBreachesAreRefusedHoweverTheyAreWritten() {
        for (String common : List.of("qwerty123456", "QwErTy123456", "ｑｗｅｒｔｙ１２３４５６", "1qaz2wsx3edc", "iloveyou1234")) {
            assertEquals("account.passwordCommon", assertThrows(DomainException.class, () -> PasswordPolicy.check("sato.h", common)).code(), common);
        }
        PasswordPolicy.check("sato.h", "Kanri-himitsu-2026-a");
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
