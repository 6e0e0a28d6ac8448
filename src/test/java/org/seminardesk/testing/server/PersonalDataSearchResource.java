package org.seminardesk.testing.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.seminardesk.security.privacy.PersonalDataHolders;

/**
 * Test-only reads of the whole schema: which columns look like a person's name or address, which tables the
 * personal-data holders claim, and where a text (an erased address, a token handed out) still occurs anywhere
 * in the database, column by column.
 */
@RequestScoped
@Transactional
@Path("manage/test/personal-data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataSearchResource {

    /** A column that holds a name, a mail address, a phone number or a postal address (by how it ends). */
    static final Pattern PERSONAL = Pattern.compile("(^|_)(name|email|phone|recipient|address|person)$");
    private static final Set<String> TEXT_TYPES = Set.of("character varying", "varchar", "text", "character large object", "clob",
            "character");

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataHolders holders;

    /** "table.column" of every column whose name says it holds personal data. */
    @GET
    @Path("columns")
    public List<String> personalColumns() {
        return columns().stream().filter(c -> PERSONAL.matcher(c[1]).find()).map(c -> c[0] + "." + c[1]).toList();
    }

    @GET
    @Path("holders")
    public Set<String> claimedTables() {
        return holders.claimedTables();
    }

    /** "table.column" of every text column in which some row contains the text (case-insensitive). */
    @GET
    @Path("occurrences")
    public List<String> occurrences(@QueryParam("text") String text) {
        String needle = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> found = new ArrayList<>();
        for (String[] column : columns()) {
            if (!TEXT_TYPES.contains(column[2])) {
                continue;
            }
            Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + column[0] + " WHERE LOWER(" + column[1] + ") LIKE ?1 ESCAPE '\\'")
                    .setParameter(1, needle).getSingleResult();
            if (count.longValue() > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    /** Each column of the application's tables: table, column, data type (lower case). */
    @SuppressWarnings("unchecked")
    private List<String[]> columns() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = CURRENT_SCHEMA AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position""")
                .getResultList();
        return rows.stream().map(r -> new String[] {String.valueOf(r[0]).toLowerCase(Locale.ROOT),
                String.valueOf(r[1]).toLowerCase(Locale.ROOT), String.valueOf(r[2]).toLowerCase(Locale.ROOT)})
                .filter(c -> !c[0].startsWith("flyway")).toList();
    }
}
