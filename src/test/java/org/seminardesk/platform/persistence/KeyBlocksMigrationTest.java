package org.seminardesk.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V38__KeysInBlocks on a database that already has rows (H2 in memory, the project's migrations): each table's
 * sequence starts past the keys in use, and a row inserted without a key is refused.
 */
class KeyBlocksMigrationTest {

    private static final String URL = "jdbc:h2:mem:keyblocks;DB_CLOSE_DELAY=-1";

    private Connection connection;

    @BeforeEach
    void migrateToTheVersionBefore() throws SQLException {
        connection = DriverManager.getConnection(URL);
        flyway("37").migrate();
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }

    @Test
    void sequencesStartPastTheKeysInUse() throws SQLException {
        for (int i = 0; i < 3; i++) {
            execute("INSERT INTO audit_entry (at, actor, action, subject_type) VALUES (CURRENT_TIMESTAMP, 'test', 'test.action', 'test')");
        }
        execute("INSERT INTO mail_outbox (id, kind, recipient, subject, body_text, status, attempts, next_attempt_at, created_at)"
                + " VALUES (1000, 'confirmation', 'a@example.org', 's', 'b', 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        flyway(null).migrate();

        assertEquals(4, nextKey("audit_entry"));
        assertEquals(1001, nextKey("mail_outbox"));
        assertEquals(1, nextKey("participant"));
        assertEquals(1, nextKey("consent_record"));
        assertEquals(4 + KeyBlocks.SIZE, nextKey("audit_entry"), "the sequence steps a block at a time");
    }

    @Test
    void aRowWithoutAKeyIsRefused() throws SQLException {
        flyway(null).migrate();

        SQLException refused = assertThrows(SQLException.class, () -> execute(
                "INSERT INTO audit_entry (at, actor, action, subject_type) VALUES (CURRENT_TIMESTAMP, 'test', 'test.action', 'test')"));
        assertEquals("23502", refused.getSQLState(), "NULL not allowed: " + refused.getMessage());
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration")
                .javaMigrations(new V19__HashExistingTokens(), new V38__KeysInBlocks());
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private long nextKey(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet next = statement.executeQuery("SELECT NEXT VALUE FOR " + table + "_seq")) {
            next.next();
            return next.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
