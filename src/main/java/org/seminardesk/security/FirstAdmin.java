package org.seminardesk.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seminardesk.platform.DomainException;

/**
 * The first admin, so that somebody can sign in and create the others: made on start-up from
 * SEMINARDESK_ADMIN_USER (default "admin") and SEMINARDESK_ADMIN_PASSWORD while no enabled admin exists.
 * There is no default password; without the variable nobody can sign in until it is set.
 * <p>
 * The password's hash is deliberately slow (PBKDF2, 210 000 rounds: 0.7 s of a first start with the run
 * command's quick compiler), so it is made beside the rest of the deployment instead of before it; a sign-in
 * that arrives meanwhile waits for it ({@link #awaitCreation()}) rather than being refused.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    private static final long LONGEST_WAIT_SECONDS = 60;

    @Inject
    AccountService accounts;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "seminardesk.admin-user", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "seminardesk.admin-password")
    Optional<String> password;

    private volatile CompletableFuture<Void> creation = CompletableFuture.completedFuture(null);

    void onStart(@Observes Startup start) {
        if (password.isEmpty() || password.get().isBlank()) {
            if (!accounts.hasEnabledAdmin()) {
                LOG.warn("No admin account yet: set SEMINARDESK_ADMIN_PASSWORD (and SEMINARDESK_ADMIN_USER) and restart to create one");
            }
            return;
        }
        creation = CompletableFuture.runAsync(this::create, executor);
    }

    private void create() {
        try {
            if (accounts.createFirstAdmin(username, "Administrator", password.get())) {
                LOG.infof("Created the first admin account %s; unset SEMINARDESK_ADMIN_PASSWORD now", username);
            }
        } catch (DomainException refused) {
            LOG.errorf("SEMINARDESK_ADMIN_PASSWORD refused, no admin created: %s", refused.getMessage());
        } catch (RuntimeException anotherNodeWasFirst) {
            // two nodes starting together: the username's unique key lets one of them create it
            LOG.infof("The first admin was created by another node (%s)", anotherNodeWasFirst.getClass().getSimpleName());
        }
    }

    /** Returns once the first admin is made (or was not to be made); at once after the first second or so. */
    public void awaitCreation() {
        CompletableFuture<Void> pending = creation;
        if (pending.isDone()) {
            return;
        }
        try {
            pending.get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notMade) {
            LOG.warnf("The first admin is not made yet (%s); signing in without it", notMade.getClass().getSimpleName());
        }
    }
}
