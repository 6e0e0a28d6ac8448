package org.seminardesk.platform.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.jboss.logging.Logger;

/**
 * Migrates the schema with Flyway while Hibernate builds its session factory and before it validates the
 * mapping against the schema (hibernate.hbm2ddl.auto=validate): the schema is code, Hibernate only checks it.
 * Registered in META-INF/services; runs once per deployment, on every node (Flyway locks its history table).
 */
public class FlywayMigrationIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/SeminarDeskDS";
    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class);

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        Flyway flyway = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(lookupDataSource())
                .locations("classpath:db/migration")
                .javaMigrations(new V19__HashExistingTokens(), new V38__KeysInBlocks())
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                flyway.info().current().getVersion(), applied);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not configured", e);
        }
    }
}
