package org.seminardesk.probono;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.seminardesk.mail.OutboxMail;
import org.seminardesk.security.privacy.Erasure;
import org.seminardesk.security.privacy.PersonalData;
import org.seminardesk.security.privacy.PersonalDataHolder;
import org.seminardesk.security.privacy.PersonalRows;

/**
 * Pro bono's personal data: who asked for help (contact name, address, their own description) and who offered it (name,
 * affiliation, address; the skills stay); the organisers' note on a match may name them too. Needs, offers and matches
 * stay as counts for the annual report.
 */
@ApplicationScoped
public class ProBonoPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> tables() {
        return Set.of("probono_need", "probono_offer", "probono_match");
    }

    @Override
    public void export(String address, PersonalData.Export export) {
        PersonalRows.under(em, """
                SELECT 'need', contact_name, contact_email, title FROM probono_need WHERE LOWER(contact_email) = :address
                UNION ALL SELECT 'offer', name, email, skills FROM probono_offer WHERE LOWER(email) = :address""", address)
                .forEach(t -> export.probono.add(new PersonalData.ProBono(t.get(0, String.class), t.get(1, String.class),
                        t.get(2, String.class), t.get(3, String.class))));
    }

    @Override
    public void erase(String address, Erasure.Tally tally) {
        tally.answers += em.createNativeQuery("""
                UPDATE probono_match SET note = NULL WHERE note IS NOT NULL AND (
                  need_id IN (SELECT id FROM probono_need WHERE LOWER(contact_email) = ?1)
                  OR offer_id IN (SELECT id FROM probono_offer WHERE LOWER(email) = ?1))""").setParameter(1, address).executeUpdate();
        tally.probono += erased("LOWER(contact_email) = ?1", "LOWER(email) = ?1", address);
    }

    @Override
    public void expire(Instant cutoff, Instant now, Erasure.Tally tally) {
        tally.answers += em.createNativeQuery("UPDATE probono_match SET note = NULL WHERE note IS NOT NULL AND matched_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
        tally.probono += erased("registered_at < ?1", "registered_at < ?1", cutoff);
    }

    private int erased(String needCondition, String offerCondition, Object value) {
        return em.createNativeQuery("UPDATE probono_need SET contact_name = ?2, contact_email = ?3, description = ?2 WHERE contact_email <> ?3 AND " + needCondition)
                .setParameter(1, value).setParameter(2, Erasure.ERASED).setParameter(3, OutboxMail.ERASED_RECIPIENT).executeUpdate()
                + em.createNativeQuery("UPDATE probono_offer SET name = ?2, affiliation = NULL, email = ?3 WHERE email <> ?3 AND " + offerCondition)
                .setParameter(1, value).setParameter(2, Erasure.ERASED).setParameter(3, OutboxMail.ERASED_RECIPIENT).executeUpdate();
    }

    @Override
    public Stream<String> addresses() {
        return Stream.concat(PersonalRows.addressesIn(em, "probono_need", "contact_email"), PersonalRows.addressesIn(em, "probono_offer", "email"));
    }
}
