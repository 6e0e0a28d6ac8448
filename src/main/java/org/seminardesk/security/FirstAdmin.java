package org.seminardesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seminardesk.platform.DomainException;

/**
 * The first admin, so that somebody can sign in and create the others: made on start-up from
 * SEMINARDESK_ADMIN_USER (default "admin") and SEMINARDESK_ADMIN_PASSWORD while no enabled admin exists.
 * There is no default password; without the variable nobody can sign in until it is set.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "seminardesk.admin-user", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "seminardesk.admin-password")
    Optional<String> password;

    void onStart(@Observes Startup start) {
        if (password.isEmpty() || password.get().isBlank()) {
            if (!accounts.hasEnabledAdmin()) {
                LOG.warn("No admin account yet: set SEMINARDESK_ADMIN_PASSWORD (and SEMINARDESK_ADMIN_USER) and restart to create one");
            }
            return;
        }
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
}
