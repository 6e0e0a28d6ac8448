package org.seminardesk.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Stores the people of an import with JDBC batches in the caller's transaction: a webinar report holds
 * thousands, and entities with identity keys would be inserted one statement at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ImportedPeople {

    private static final int BATCH = 1000;
    private static final String INSERT = """
            INSERT INTO imported_person (import_id, name, email, minutes, online_time, row_count, participant_id, matched_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    @PersistenceContext
    EntityManager em;

    void insert(AttendanceImport attendanceImport, List<ReportedPerson> people, ParticipantMatcher matcher) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (ReportedPerson person : people) {
                    Optional<ParticipantMatcher.Match> match = matcher.match(person.name(), person.email());
                    insert.setLong(1, attendanceImport.id());
                    insert.setString(2, cut(person.name().isBlank() ? "?" : person.name(), 300));
                    insert.setString(3, person.email() == null ? null : cut(person.email(), 254));
                    insert.setInt(4, (int) Math.min(Integer.MAX_VALUE, person.minutes()));
                    insert.setString(5, person.time().encoded());
                    insert.setInt(6, person.rows());
                    if (match.isPresent()) {
                        insert.setLong(7, match.get().participantId());
                    } else {
                        insert.setNull(7, Types.BIGINT);
                    }
                    insert.setString(8, match.map(m -> m.by().name()).orElse(MatchedBy.NONE.name()));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
    }

    void deleteAll(AttendanceImport attendanceImport) {
        em.createQuery("delete from ImportedPerson p where p.attendanceImport = :import")
                .setParameter("import", attendanceImport).executeUpdate();
    }

    private static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
