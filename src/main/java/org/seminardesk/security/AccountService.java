package org.seminardesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.persistence.InTransaction;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.security.audit.AuditLog;

/** User accounts: checking a password at login (with the lock), and the admin's changes to accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    @Inject
    InTransaction inTransaction;

    /**
     * A sign-in from a client (ClientAddresses' key). A client that failed too often waits (exponentially
     * longer) and gets no hash at all. A name that is no account costs a count, not a hash or an audit row.
     * Disabled accounts take as long to refuse as a wrong password.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SignInResult signIn(String username, String password, String client) {
        Instant now = clock.instant();
        Optional<UserAccount> found = find(username);
        java.time.Duration wait = throttle.waitFor(found.map(UserAccount::username).orElse(null), client, now);
        if (!wait.isZero()) {
            return SignInResult.waitFor(wait);
        }
        if (found.isEmpty()) {
            failed(null, client);
            return SignInResult.REFUSED;
        }
        UserAccount account = found.get();
        if (!account.enabled()) {
            hashing.decoyCheck(password);
            failed(account.username(), client);
            audit.recordAs(account.username(), "login.disabled", "user", account.id(), null);
            return SignInResult.REFUSED;
        }
        if (!hashing.matches(password, account.passwordHash())) {
            boolean nowWaiting = failed(account.username(), client) == SignInDelay.FREE_PER_ACCOUNT + 1;
            audit.recordAs(account.username(), nowWaiting ? "login.locked" : "login.failed", "user", account.id(), null);
            return SignInResult.REFUSED;
        }
        throttle.succeeded(account.username(), client);
        return signedIn(account.id(), now);
    }

    private SignInResult signedIn(long id, Instant now) {
        return inTransaction.apply(() -> {
            // a plain UPDATE, not the entity's: sign-ins of one account in parallel (an API client's threads)
            // must not collide on its version
            em.createNativeQuery("UPDATE user_account SET last_login_at = ?1 WHERE id = ?2")
                    .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, id).executeUpdate();
            UserAccount account = em.find(UserAccount.class, id);
            return SignInResult.signedIn(new SignedIn(account.username(), account.sessionVersion(), now), account.roles());
        });
    }

    /** Counted in the database; two first failures at once collide on the key, and the second counts again. */
    private int failed(String account, String client) {
        try {
            return throttle.failed(account, client, clock.instant());
        } catch (RuntimeException firstRowOnTwoRequests) {
            return throttle.failed(account, client, clock.instant());
        }
    }

    /**
     * The roles of a session's account now, if the session may go on: the account is enabled, nothing took
     * rights away since it began (session version), and it is younger than its absolute lifetime.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Set<String>> stillSignedIn(SignedIn session, java.time.Duration lifetime) {
        if (!clock.instant().isBefore(session.since().plus(lifetime))) {
            return Optional.empty();
        }
        return find(session.username()).filter(a -> a.enabled() && a.sessionVersion() == session.version()).map(UserAccount::roles);
    }

    public List<UserAccount> list() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    /** The accounts as shown to admins, locked (some address must wait) or not at this moment. */
    public List<AccountInputs.AccountView> views() {
        List<String> waited = throttle.waitedFor(clock.instant());
        return list().stream().map(a -> AccountInputs.AccountView.of(a, waited.contains(a.username()))).toList();
    }

    public AccountInputs.AccountView view(UserAccount account) {
        return AccountInputs.AccountView.of(account, throttle.waitedFor(clock.instant()).contains(account.username()));
    }

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", UserAccount.normalisedUsername(username)).getResultStream().findFirst();
    }

    @Audited("user")
    public UserAccount create(AccountInputs.NewAccount input) {
        PasswordPolicy.check(input.username(), input.password());
        if (find(input.username()).isPresent()) {
            throw DomainException.conflict("The username " + UserAccount.normalisedUsername(input.username()) + " is taken")
                    .withCode("account.taken");
        }
        UserAccount account = new UserAccount(input.username(), input.displayName(), input.roles(),
                hashing.hash(input.password()), clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    /** Name, roles and whether the account may sign in. The last enabled admin keeps both. */
    @Audited("user")
    public UserAccount update(Long id, AccountInputs.Changes changes) {
        UserAccount account = locked(id);
        account.rename(changes.displayName());
        account.grant(changes.roles());
        account.enable(changes.enabled());
        em.flush();
        if (!hasEnabledAdmin()) {
            throw DomainException.conflict("Somebody must stay an enabled admin").withCode("account.lastAdmin");
        }
        return account;
    }

    @Audited("user")
    public UserAccount resetPassword(Long id, String newPassword) {
        UserAccount account = locked(id);
        PasswordPolicy.check(account.username(), newPassword);
        account.changePassword(hashing.hash(newPassword));
        return account;
    }

    /** Every address may try this account's password again at once. */
    @Audited("user")
    public UserAccount unlock(Long id) {
        UserAccount account = locked(id);
        throttle.forgetAccount(account.username());
        return account;
    }

    /** Ends every session of the account at its next request (a lost laptop, a shared screen). */
    @Audited("user")
    public UserAccount signOutEverywhere(Long id) {
        UserAccount account = locked(id);
        account.signOutEverywhere();
        return account;
    }

    /**
     * A signed-in user changes their own password, proving the current one first: a wrong one counts like a
     * wrong sign-in from that client. Their other sessions end; the answer is this session's new standing.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SignedIn changeOwnPassword(String username, String current, String newPassword, String client) {
        UserAccount account = find(username).orElseThrow(() -> DomainException.notFound("User", username));
        PasswordPolicy.check(account.username(), newPassword);
        Instant now = clock.instant();
        java.time.Duration wait = throttle.waitFor(account.username(), client, now);
        if (!wait.isZero()) {
            throw DomainException.invalid("currentPassword", "Too many wrong passwords: try again in " + wait.toSeconds() + " s")
                    .withCode("account.wait");
        }
        if (!hashing.matches(current, account.passwordHash())) {
            failed(account.username(), client);
            audit.recordAs(account.username(), "login.failed", "user", account.id(), null);
            throw DomainException.invalid("currentPassword", "The current password is not right").withCode("account.currentPassword");
        }
        throttle.succeeded(account.username(), client);
        String hash = hashing.hash(newPassword);
        return inTransaction.apply(() -> {
            UserAccount changing = locked(account.id());
            changing.changePassword(hash);
            audit.record("user.changeOwnPassword", "user", changing.id(), null);
            return new SignedIn(changing.username(), changing.sessionVersion(), now);
        });
    }

    /** Creates the first admin (all roles) unless an admin exists. True if it was created. */
    public boolean createFirstAdmin(String username, String displayName, String password) {
        if (hasEnabledAdmin()) {
            return false;
        }
        PasswordPolicy.check(username, password);
        UserAccount admin = new UserAccount(username, displayName, Roles.ALL, hashing.hash(password), clock.instant());
        em.persist(admin);
        em.flush();
        audit.recordAs(AuditLog.SYSTEM, "user.createFirstAdmin", "user", admin.id(), null);
        return true;
    }

    /** Whether somebody can manage accounts: an enabled account with the ADMIN role. */
    public boolean hasEnabledAdmin() {
        return list().stream().anyMatch(a -> a.enabled() && a.hasRole(Roles.ADMIN));
    }

    private UserAccount locked(Long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("User", id));
    }
}
