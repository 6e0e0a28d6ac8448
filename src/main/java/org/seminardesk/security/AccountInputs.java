package org.seminardesk.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an admin sends to create or change an account (JSON and the users page). */
public final class AccountInputs {

    private AccountInputs() {
    }

    public record NewAccount(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
                             @NotEmpty Set<String> roles, @NotNull @Size(max = 128) String password) implements java.io.Serializable {
    }

    public record Changes(@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<String> roles, boolean enabled) implements java.io.Serializable {
    }

    public record NewPassword(@NotNull @Size(max = 128) String password) implements java.io.Serializable {
    }

    /** Never the password hash. */
    public record AccountView(Long id, String username, String displayName, Set<String> roles, boolean enabled,
                              boolean locked, java.time.Instant lastLoginAt) implements java.io.Serializable {

        /** Locked: some address must wait before it may try this account's password again. */
        public static AccountView of(UserAccount account, boolean locked) {
            return new AccountView(account.id(), account.username(), account.displayName(), account.roles(),
                    account.enabled(), locked, account.lastLoginAt());
        }
    }
}
