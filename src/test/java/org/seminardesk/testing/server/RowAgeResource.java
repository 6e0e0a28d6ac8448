package org.seminardesk.testing.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;

/**
 * Test deployments only: time passes for one row alone. Every time of the row (every timestamp column) moves
 * back by the duration, as if it had been written that much earlier, e.g. a seminar that ended five years ago,
 * a confirmation link sent a day ago. Nothing else on the server, least of all the mail dispatcher, sees a
 * different time (issue 21: no server-wide clock).
 */
@RequestScoped
@Path("manage/test/age")
@Produces(MediaType.APPLICATION_JSON)
public class RowAgeResource {

    @PersistenceContext
    EntityManager em;

    /** PUT /api/manage/test/age/{table}?column=id&value=42&by=P1D: the one row where column = value. */
    @PUT
    @Path("{table}")
    @Transactional
    public Map<String, Object> age(@PathParam("table") String table, @QueryParam("column") String column,
                                   @QueryParam("value") String value, @QueryParam("by") String by) {
        Duration shift = Duration.parse(by);
        List<String> columns = columnsOf(table);
        if (!columns.contains(column.toLowerCase(Locale.ROOT))) {
            throw new WebApplicationException("No column " + column + " in " + table, 404);
        }
        List<String> times = timestampColumnsOf(table);
        em.unwrap(Session.class).doWork(connection -> moveBack(connection, table, column, value, times, shift));
        return Map.of("table", table, "moved", times, "by", shift.toString());
    }

    private static void moveBack(Connection connection, String table, String column, String value, List<String> times,
                                 Duration shift) throws SQLException {
        String where = " FROM " + table + " WHERE CAST(" + column + " AS VARCHAR(200)) = ?";
        List<OffsetDateTime> moved = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement("SELECT " + String.join(", ", times) + where)) {
            read.setString(1, value);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw new WebApplicationException("No row of " + table + " where " + column + " = " + value, 404);
                }
                for (int i = 1; i <= times.size(); i++) {
                    OffsetDateTime time = row.getObject(i, OffsetDateTime.class);
                    moved.add(time == null ? null : time.minus(shift));
                }
                if (row.next()) {
                    throw new WebApplicationException("More than one row of " + table + " where " + column + " = " + value, 409);
                }
            }
        }
        StringBuilder set = new StringBuilder();
        times.forEach(time -> set.append(set.length() == 0 ? "" : ", ").append(time).append(" = ?"));
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + set + where.substring(where.indexOf(" WHERE")))) {
            for (int i = 0; i < moved.size(); i++) {
                update.setObject(i + 1, moved.get(i));
            }
            update.setString(moved.size() + 1, value);
            update.executeUpdate();
        }
    }

    /** The table's columns, lower case; an unknown table is a 404 (its name is never put in SQL unchecked). */
    @SuppressWarnings("unchecked")
    private List<String> columnsOf(String table) {
        List<String> columns = em.createNativeQuery("""
                        SELECT LOWER(column_name) FROM information_schema.columns
                        WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ?1""")
                .setParameter(1, table.toLowerCase(Locale.ROOT)).getResultList();
        if (columns.isEmpty()) {
            throw new WebApplicationException("No table " + table, 404);
        }
        return columns;
    }

    @SuppressWarnings("unchecked")
    private List<String> timestampColumnsOf(String table) {
        return em.createNativeQuery("""
                        SELECT LOWER(column_name) FROM information_schema.columns
                        WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ?1 AND LOWER(data_type) LIKE 'timestamp%'""")
                .setParameter(1, table.toLowerCase(Locale.ROOT)).getResultList();
    }
}
