package org.seminardesk.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the tables of {@link KeyBlocks} a sequence each, starting past the keys in use, and takes their
 * IDENTITY away (the sequence numbers new rows now). In Java rather than SQL because the start depends on the
 * rows present, which H2 and PostgreSQL let a CREATE SEQUENCE read differently.
 */
public class V38__KeysInBlocks extends BaseJavaMigration {

    private static final String[] TABLES = {"participant", "mail_outbox", "consent_record", "audit_entry"};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute("CREATE SEQUENCE " + table + "_seq START WITH " + next + " INCREMENT BY " + KeyBlocks.SIZE);
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id DROP IDENTITY");
            }
        }
    }
}
