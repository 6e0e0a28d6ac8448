package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.seminardesk.platform.persistence.NativeValues;
import org.seminardesk.security.privacy.Erasure;
import org.seminardesk.security.privacy.PersonalData;
import org.seminardesk.security.privacy.PersonalDataHolder;
import org.seminardesk.security.privacy.PersonalRows;

/**
 * The outbox's personal data: mail to an address loses its recipient and contents (unsent mail is not sent, and
 * an erased mail cannot be resent); the address also leaves other people's mail that mentioned it (a contact's
 * confirmation lists the group). A failed send being recorded at that moment reads the row locked, so it writes
 * back the erased row (bench/mail/erase-race.sh).
 */
@ApplicationScoped
public class MailPersonalData implements PersonalDataHolder {

    private static final String ERASE_CONTENTS = """
            UPDATE mail_outbox SET recipient = ?2, subject = ?3, body_text = ?3, body_html = NULL,
              attachment_name = NULL, attachment_type = NULL, attachment_text = NULL, note = NULL,
              last_error = CASE WHEN status = 'PENDING' THEN 'erased on request' ELSE last_error END,
              status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END
            WHERE recipient <> ?2 AND\s""";

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> tables() {
        return Set.of("mail_outbox");
    }

    @Override
    public int order() {
        return 50; // before registrations: participants' own mail is found through their addresses
    }

    @Override
    public void export(String address, PersonalData.Export export) {
        PersonalRows.under(em, "SELECT COALESCE(subject, kind), status, created_at, sent_at FROM mail_outbox WHERE LOWER(recipient) = :address ORDER BY created_at",
                address).forEach(t -> export.mails.add(new PersonalData.Mail(t.get(0, String.class), t.get(1, String.class),
                NativeValues.instant(t.get(2)), NativeValues.instant(t.get(3)))));
    }

    @Override
    public void eraseParticipant(long participantId, Erasure.Tally tally) {
        namesInTheirRegistrationsMail("id = ?1", participantId);
        // their own mail, written or still owed, as for an erased address: never sent, never resent
        tally.mails += em.createNativeQuery(ERASE_CONTENTS + "participant_id = ?1")
                .setParameter(1, participantId).setParameter(2, OutboxMail.ERASED_RECIPIENT).setParameter(3, Erasure.ERASED).executeUpdate();
    }

    /**
     * A participant's name also stands in the mail of their registration to others (the contact's confirmation
     * lists the group): it is replaced there, and only there, so that a short name erases nothing else.
     */
    @SuppressWarnings("unchecked")
    private void namesInTheirRegistrationsMail(String condition, Object value) {
        List<Object[]> people = em.createNativeQuery("SELECT name, registration_id FROM participant WHERE erased_at IS NULL AND " + condition)
                .setParameter(1, value).getResultList();
        for (Object[] person : people) {
            em.createNativeQuery("""
                    UPDATE mail_outbox SET body_text = REPLACE(body_text, ?1, ?2), body_html = REPLACE(body_html, ?1, ?2),
                      attachment_text = REPLACE(attachment_text, ?1, ?2), note = REPLACE(note, ?1, ?2) WHERE registration_id = ?3""")
                    .setParameter(1, person[0]).setParameter(2, Erasure.ERASED).setParameter(3, person[1]).executeUpdate();
        }
    }

    @Override
    public void erase(String address, Erasure.Tally tally) {
        namesInTheirRegistrationsMail("LOWER(email) = ?1", address);
        tally.mails += em.createNativeQuery(ERASE_CONTENTS + "LOWER(recipient) = ?1")
                .setParameter(1, address).setParameter(2, OutboxMail.ERASED_RECIPIENT).setParameter(3, Erasure.ERASED).executeUpdate();
        em.createNativeQuery("""
                UPDATE mail_outbox SET body_text = REPLACE(body_text, ?1, ?2), body_html = REPLACE(body_html, ?1, ?2),
                  attachment_text = REPLACE(attachment_text, ?1, ?2), note = REPLACE(note, ?1, ?2)
                WHERE LOWER(body_text) LIKE ?3 OR LOWER(body_html) LIKE ?3 OR LOWER(attachment_text) LIKE ?3 OR LOWER(note) LIKE ?3""")
                .setParameter(1, address).setParameter(2, Erasure.ERASED).setParameter(3, "%" + address + "%").executeUpdate();
    }

    @Override
    public void expire(Instant cutoff, Instant now, Erasure.Tally tally) {
        tally.mails += em.createNativeQuery(ERASE_CONTENTS + "created_at < ?1 AND status <> 'PENDING'")
                .setParameter(1, cutoff).setParameter(2, OutboxMail.ERASED_RECIPIENT).setParameter(3, Erasure.ERASED).executeUpdate();
    }

    @Override
    public Stream<String> addresses() {
        return PersonalRows.addressesIn(em, "mail_outbox", "recipient");
    }
}
