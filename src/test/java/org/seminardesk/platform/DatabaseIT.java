package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;

/**
 * With -Ppostgres, proves that the server really runs on PostgreSQL: what the API created is in its tables.
 * (On H2 the server holds the database file open, so this check is skipped there.)
 */
class DatabaseIT extends ApplicationIT {

    @Test
    void whatTheApiCreatesLandsInThePostgresqlDatabase() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("it.db")), "only for the PostgreSQL run");
        String title = unique("DB確認");
        organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"SEMINAR","format":"IN_PERSON","capacity":5,"venue":"会場",
                 "startsAt":"2030-01-01T10:00:00+09:00","endsAt":"2030-01-01T11:00:00+09:00"}""".formatted(title));
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"), "");
             var query = db.prepareStatement("select count(*), max(fiscal_year) from seminar where title_ja = ?")) {
            query.setString(1, title);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(1, row.getInt(1));
                assertEquals(2029, row.getInt(2));
            }
            try (ResultSet organisations = db.createStatement().executeQuery("select count(*) from organisation")) {
                organisations.next();
                assertTrue(organisations.getInt(1) >= 23);
            }
        }
    }
}
