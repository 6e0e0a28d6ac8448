package org.seminardesk.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.seminardesk.security.privacy.Erasure;
import org.seminardesk.security.privacy.PersonalData;
import org.seminardesk.security.privacy.PersonalDataHolder;
import org.seminardesk.security.privacy.PersonalRows;

/**
 * Attendance's personal data: the rows of Zoom/Teams reports (name, address, minutes) and who checked a person
 * in. The minutes stay with an erased participant, so attendance figures do not change.
 */
@ApplicationScoped
public class AttendancePersonalData implements PersonalDataHolder {

    private static final String OF_ADDRESS = "SELECT id FROM participant WHERE LOWER(email) = ?1";

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> tables() {
        return Set.of("imported_person", "participant_attendance");
    }

    @Override
    public void export(String address, PersonalData.Export export) {
        PersonalRows.under(em, """
                SELECT s.title_ja, i.file_name, ip.name, ip.email, ip.minutes FROM imported_person ip
                JOIN attendance_import i ON i.id = ip.import_id JOIN seminar s ON s.id = i.seminar_id
                LEFT JOIN participant p ON p.id = ip.participant_id
                WHERE LOWER(ip.email) = :address OR LOWER(p.email) = :address""", address).forEach(t -> export.attendanceReportRows.add(
                new PersonalData.InReport(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class), t.get(3, String.class),
                        ((Number) t.get(4)).intValue())));
    }

    @Override
    public void erase(String address, Erasure.Tally tally) {
        tally.reportRows += em.createNativeQuery("UPDATE imported_person SET name = ?2, email = NULL WHERE name <> ?2"
                        + " AND (LOWER(email) = ?1 OR participant_id IN (" + OF_ADDRESS + "))")
                .setParameter(1, address).setParameter(2, Erasure.ERASED).executeUpdate();
        em.createNativeQuery("UPDATE participant_attendance SET checked_in_by = NULL WHERE checked_in_by IS NOT NULL"
                + " AND participant_id IN (" + OF_ADDRESS + ")").setParameter(1, address).executeUpdate();
    }

    @Override
    public void eraseParticipant(long participantId, Erasure.Tally tally) {
        tally.reportRows += em.createNativeQuery("UPDATE imported_person SET name = ?2, email = NULL WHERE name <> ?2 AND participant_id = ?1")
                .setParameter(1, participantId).setParameter(2, Erasure.ERASED).executeUpdate();
        em.createNativeQuery("UPDATE participant_attendance SET checked_in_by = NULL WHERE participant_id = ?1")
                .setParameter(1, participantId).executeUpdate();
    }

    @Override
    public void expire(Instant cutoff, Instant now, Erasure.Tally tally) {
        tally.reportRows += em.createNativeQuery("""
                UPDATE imported_person SET name = ?2, email = NULL WHERE name <> ?2 AND import_id IN (
                  SELECT i.id FROM attendance_import i JOIN seminar s ON s.id = i.seminar_id WHERE COALESCE(s.ends_at, s.starts_at) < ?1)""")
                .setParameter(1, cutoff).setParameter(2, Erasure.ERASED).executeUpdate();
        em.createNativeQuery("""
                UPDATE participant_attendance SET checked_in_by = NULL WHERE checked_in_by IS NOT NULL AND participant_id IN (
                  SELECT p.id FROM participant p JOIN registration r ON r.id = p.registration_id JOIN seminar s ON s.id = r.seminar_id
                  WHERE COALESCE(s.ends_at, s.starts_at) < ?1)""").setParameter(1, cutoff).executeUpdate();
    }

    @Override
    public Stream<String> addresses() {
        return PersonalRows.addressesIn(em, "imported_person", "email");
    }
}
