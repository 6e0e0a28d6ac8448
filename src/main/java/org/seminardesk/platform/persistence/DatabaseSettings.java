package org.seminardesk.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start on PostgreSQL without SEMINARDESK_DB_PASSWORD: there is no default password to fall back
 * to (datasource.cli), and a database that takes an empty one should not hold this data.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "seminardesk.db", defaultValue = "h2")
    String database;

    @Inject
    @ConfigProperty(name = "seminardesk.db-password")
    Optional<String> password;

    void check(@Observes Startup startup) {
        if (requiresPassword(database, password.orElse(""))) {
            throw new IllegalStateException("SEMINARDESK_DB=postgresql needs SEMINARDESK_DB_PASSWORD: there is no default password");
        }
    }

    static boolean requiresPassword(String database, String password) {
        return "postgresql".equalsIgnoreCase(database.strip()) && password.isBlank();
    }
}
