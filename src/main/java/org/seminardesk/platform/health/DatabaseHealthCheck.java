package org.seminardesk.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: what a load balancer should ask before sending traffic. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DatabaseHealthCheck.class);

    @Resource(lookup = "java:jboss/datasources/SeminarDeskDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("database").status(valid).build();
        } catch (SQLException e) {
            // The reason goes to the server log, never into the answer: it may name hosts, users or SQL.
            LOG.warnf("Database not ready: %s", e.getMessage());
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
