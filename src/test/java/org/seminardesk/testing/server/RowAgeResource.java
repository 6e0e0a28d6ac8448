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
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Test deployments only: time passes for some rows alone. The rows of a table where a column has a value, and
 * every row that belongs to them through foreign keys (a seminar's registrations, their participants, their
 * attendance, its reminders …), have every timestamp moved back by the duration, as if all of it had happened
 * that much earlier: a seminar that ended a week ago, a confirmation link sent a day ago. Nothing else on the
 * server, least of all the mail dispatcher, sees a different time (issue 21: no server-wide clock).
 */
@RequestScoped
@Path("manage/test/age")
@Produces(MediaType.APPLICATION_JSON)
public class RowAgeResource {

    /** How far down the foreign keys the age reaches (seminar → registration → participant → … ). */
    private static final int DEPTH = 6;

    @PersistenceContext
    EntityManager em;

    /** PUT /api/manage/test/age/{table}?column=id&value=42&by=P1D. Answers the rows moved per table. */
    @PUT
    @Path("{table}")
    @Transactional
    public Map<String, Integer> age(@PathParam("table") String table, @QueryParam("column") String column,
                                    @QueryParam("value") String value, @QueryParam("by") String by) {
        Duration shift = Duration.parse(by);
        Map<String, Integer> moved = new TreeMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            Schema schema = new Schema(connection);
            String root = schema.table(table);
            // compared as text: the column may be a number, the value comes as a string
            String condition = "CAST(" + schema.column(root, column) + " AS VARCHAR(200)) = ?";
            Map<String, List<String>> conditions = new java.util.LinkedHashMap<>();
            schema.collect(root, condition, DEPTH, new HashSet<>(), conditions);
            for (Map.Entry<String, List<String>> rows : conditions.entrySet()) {
                int count = schema.moveBack(rows.getKey(), rows.getValue(), value, shift);
                if (count > 0) {
                    moved.put(rows.getKey().toLowerCase(Locale.ROOT), count);
                }
            }
            if (!moved.containsKey(root.toLowerCase(Locale.ROOT))) {
                throw new WebApplicationException("No row of " + table + " where " + column + " = " + value, 404);
            }
        });
        return moved;
    }

    /** The database's own names, read from its metadata: nothing from the request reaches SQL unchecked. */
    private static final class Schema {
        private final Connection connection;
        private final DatabaseMetaData meta;
        private final String schema;
        private final boolean postgres;

        Schema(Connection connection) throws SQLException {
            this.connection = connection;
            this.meta = connection.getMetaData();
            this.schema = connection.getSchema();
            this.postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }

        String table(String name) throws SQLException {
            try (ResultSet tables = meta.getTables(null, schema, null, null)) {
                while (tables.next()) {
                    boolean table = Set.of("TABLE", "BASE TABLE").contains(tables.getString("TABLE_TYPE")); // PostgreSQL, H2
                    if (table && tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                        return tables.getString("TABLE_NAME");
                    }
                }
            }
            throw new WebApplicationException("No table " + name, 404);
        }

        String column(String table, String name) throws SQLException {
            for (String column : columns(table, false)) {
                if (column.equalsIgnoreCase(name)) {
                    return column;
                }
            }
            throw new WebApplicationException("No column " + name + " in " + table, 404);
        }

        private List<String> columns(String table, boolean timestampsOnly) throws SQLException {
            List<String> columns = new ArrayList<>();
            try (ResultSet found = meta.getColumns(null, schema, table, null)) {
                while (found.next()) {
                    int type = found.getInt("DATA_TYPE");
                    if (!timestampsOnly || type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
                        columns.add(found.getString("COLUMN_NAME"));
                    }
                }
            }
            return columns;
        }

        /**
         * Collects, per table, the conditions that select the rows belonging to the root rows: the root's own, then
         * down each foreign key to the given depth (a table already on the path is not entered again). A table
         * reached on two paths (attendance: by its seminar and by its participant) gets both, joined by OR, so
         * that each row moves once.
         */
        void collect(String table, String condition, int depth, Set<String> path, Map<String, List<String>> conditions)
                throws SQLException {
            conditions.computeIfAbsent(table, t -> new ArrayList<>()).add(condition);
            if (depth == 0) {
                return;
            }
            path.add(table);
            for (String[] reference : referencesTo(table)) { // child table, its column, the column it refers to here
                if (!path.contains(reference[0])) {
                    collect(reference[0], reference[1] + " IN (SELECT " + reference[2] + " FROM " + table + " WHERE " + condition + ")",
                            depth - 1, path, conditions);
                }
            }
            path.remove(table);
        }

        /** Moves every timestamp of the rows the conditions select (each has the one parameter value); answers the rows. */
        int moveBack(String table, List<String> conditions, String value, Duration shift) throws SQLException {
            String where = " WHERE (" + String.join(") OR (", conditions) + ")";
            List<Object> values = new ArrayList<>(java.util.Collections.nCopies(conditions.size(), value));
            int rows;
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table + where)) {
                bind(query, values);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    rows = result.getInt(1);
                }
            }
            List<String> times = columns(table, true);
            if (rows == 0 || times.isEmpty()) {
                return rows;
            }
            StringBuilder set = new StringBuilder();
            List<Object> parameters = new ArrayList<>();
            for (String time : times) {
                set.append(set.length() == 0 ? "" : ", ").append(time).append(" = ").append(minus(time));
                parameters.add(postgres ? (Object) (double) shift.toSeconds() : (Object) (-shift.toSeconds()));
            }
            parameters.addAll(values);
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + set + where)) {
                bind(update, parameters);
                update.executeUpdate();
            }
            return rows;
        }

        private String minus(String column) {
            return postgres ? column + " - make_interval(secs => ?)" : "DATEADD(SECOND, CAST(? AS BIGINT), " + column + ")";
        }

        private List<String[]> referencesTo(String table) throws SQLException {
            List<String[]> references = new ArrayList<>();
            try (ResultSet keys = meta.getExportedKeys(null, schema, table)) {
                while (keys.next()) {
                    references.add(new String[] {keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME"), keys.getString("PKCOLUMN_NAME")});
                }
            }
            return references;
        }

        private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
        }
    }
}
