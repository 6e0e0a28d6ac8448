package org.seminardesk.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.audit.AuditLog;

/**
 * Someone who signs in: an organiser, staff member or admin. Guards its roles and its session version: a change
 * that takes rights away (disabled, a role removed, a new password, signed out everywhere) raises it, and every
 * session that began under an older one ends. Wrong passwords slow down the address that tried them
 * (SignInThrottle), never the account.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "select u from UserAccount u order by u.username")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String username;
    private String displayName;
    private String passwordHash;
    private String roles;
    private boolean enabled;
    private int sessionVersion;
    private Instant lastLoginAt;
    private Instant createdAt;

    protected UserAccount() {
        // for JPA
    }

    UserAccount(String username, String displayName, Collection<String> roles, String passwordHash, Instant now) {
        this.username = checkedUsername(username);
        rename(displayName);
        grant(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    /** "Sato.H" or "ｓａｔｏ" → "sato.h" / "sato"; anything else than letters, digits, . _ - is refused. */
    static String normalisedUsername(String username) {
        return username == null ? "" : Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static String checkedUsername(String username) {
        String name = normalisedUsername(username);
        if (!USERNAME.matcher(name).matches() || name.equals(AuditLog.UNAUTHENTICATED)) {
            throw DomainException.invalid("username", "A username has 3 to 64 letters, digits, '.', '_' or '-'")
                    .withCode("account.username");
        }
        return name;
    }

    void rename(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw DomainException.invalid("displayName", "A name of 1 to 100 characters is needed").withCode("account.displayName");
        }
        this.displayName = displayName.strip();
    }

    void grant(Collection<String> newRoles) {
        if (newRoles == null || newRoles.isEmpty() || !Roles.ALL.containsAll(newRoles)) {
            throw DomainException.invalid("roles", "Roles are one or more of " + Roles.ALL).withCode("account.roles");
        }
        if (roles != null && !new TreeSet<>(newRoles).containsAll(roles())) {
            signOutEverywhere(); // a role taken away: sessions that hold it end
        }
        this.roles = String.join(",", new TreeSet<>(newRoles));
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        signOutEverywhere();
    }

    void enable(boolean on) {
        if (enabled && !on) {
            signOutEverywhere();
        }
        this.enabled = on;
    }

    /** Every session of this account ends at its next request. */
    void signOutEverywhere() {
        sessionVersion++;
    }

    public int sessionVersion() {
        return sessionVersion;
    }


    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
