package org.seminardesk.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.seminardesk.platform.link.AccessToken;

/**
 * Moves the plain tokens of existing links into access_link as SHA-256 hashes, so links already mailed keep
 * working. In Java rather than SQL because H2 and PostgreSQL spell SHA-256 differently; AccessToken hashes
 * exactly as lookups will.
 */
public class V19__HashExistingTokens extends BaseJavaMigration {

    private static final String[][] TABLES = {
            {"registration", "REGISTRATION"}, {"survey_response", "SURVEY_RESPONSE"}, {"written_reply", "WRITTEN_REPLY"}};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO access_link (token_hash, purpose, subject_id, created_at) VALUES (?, ?, ?, ?)")) {
            for (String[] table : TABLES) {
                try (Statement select = connection.createStatement();
                     ResultSet rows = select.executeQuery("SELECT id, token FROM " + table[0])) {
                    while (rows.next()) {
                        AccessToken.parse(rows.getString(2)).ifPresent(token -> add(insert, token, table[1], rows, now));
                    }
                }
                insert.executeBatch();
            }
        }
    }

    private static void add(PreparedStatement insert, AccessToken token, String purpose, ResultSet row, Timestamp now) {
        try {
            insert.setString(1, token.hash());
            insert.setString(2, purpose);
            insert.setLong(3, row.getLong(1));
            insert.setTimestamp(4, now);
            insert.addBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not move a token into access_link", e);
        }
    }
}
