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

    /**
     * The roles of the account if the password is right and the account may sign in now. A wrong password counts
     * towards the lock; unknown, disabled and locked accounts take as long to refuse as a wrong password.
     */
    public Optional<Set<String>> verify(String username, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", UserAccount.normalisedUsername(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (found.isEmpty()) {
            hashing.decoyCheck(password);
            audit.recordAs(AuditLog.PUBLIC, "login.unknownUser", "user", null, null);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.acceptsLogin(now)) {
            hashing.decoyCheck(password);
            audit.recordAs(account.username(), account.enabled() ? "login.whileLocked" : "login.disabled", "user", account.id(), null);
            return Optional.empty();
        }
        if (!hashing.matches(password, account.passwordHash())) {
            boolean locked = account.failedLogin(now);
            audit.recordAs(account.username(), locked ? "login.locked" : "login.failed", "user", account.id(), null);
            return Optional.empty();
        }
        account.succeededLogin(now);
        return Optional.of(account.roles());
    }

    public List<UserAccount> list() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    /** The accounts as shown to admins, locked or not at this moment. */
    public List<AccountInputs.AccountView> views() {
        Instant now = clock.instant();
        return list().stream().map(a -> AccountInputs.AccountView.of(a, now)).toList();
    }

    public AccountInputs.AccountView view(UserAccount account) {
        return AccountInputs.AccountView.of(account, clock.instant());
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

    @Audited("user")
    public UserAccount unlock(Long id) {
        UserAccount account = locked(id);
        account.unlock();
        return account;
    }

    /** A signed-in user changes their own password, proving the current one first. */
    public void changeOwnPassword(String username, String current, String newPassword) {
        UserAccount account = find(username).orElseThrow(() -> DomainException.notFound("User", username));
        if (!hashing.matches(current, account.passwordHash())) {
            throw DomainException.invalid("currentPassword", "The current password is not right").withCode("account.currentPassword");
        }
        PasswordPolicy.check(account.username(), newPassword);
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        account.changePassword(hashing.hash(newPassword));
        audit.record("user.changeOwnPassword", "user", account.id(), null);
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
