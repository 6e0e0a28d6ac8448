package org.seminardesk.organisation;

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
 * Member organisations' personal data: their contact persons (name, address, phone; their portal links go with
 * them) and the person named on the organisation's own record. An organisation's name and facility type are not
 * a person's and stay.
 */
@ApplicationScoped
public class OrganisationPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> tables() {
        return Set.of("organisation_contact", "organisation");
    }

    @Override
    public void export(String address, PersonalData.Export export) {
        PersonalRows.under(em, """
                SELECT o.name, c.name, c.email, c.phone, c.role, c.created_at FROM organisation_contact c
                JOIN organisation o ON o.id = c.organisation_id WHERE c.email = :address
                UNION ALL SELECT o.name, o.contact_person, o.email, o.phone, NULL, NULL FROM organisation o WHERE LOWER(o.email) = :address""",
                address).forEach(t -> export.contactOf.add(new PersonalData.AsContact(t.get(0, String.class), t.get(1, String.class),
                t.get(2, String.class), t.get(3, String.class), t.get(4, String.class), NativeValues.instant(t.get(5)))));
    }

    @Override
    public void erase(String address, Erasure.Tally tally) {
        tally.contacts += contacts("LOWER(email) = ?1", address);
        em.createNativeQuery("UPDATE organisation SET contact_person = NULL, email = NULL, phone = NULL WHERE LOWER(email) = ?1")
                .setParameter(1, address).executeUpdate();
    }

    @Override
    public void expire(Instant cutoff, Instant now, Erasure.Tally tally) {
        String deactivated = "SELECT id FROM organisation WHERE active = FALSE AND deactivated_at < ?1";
        tally.contacts += contacts("organisation_id IN (" + deactivated + ")", cutoff);
        em.createNativeQuery("UPDATE organisation SET contact_person = NULL, email = NULL, phone = NULL, postal_address = NULL"
                + " WHERE (contact_person IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL) AND id IN (" + deactivated + ")")
                .setParameter(1, cutoff).executeUpdate();
    }

    @Override
    public Stream<String> addresses() {
        return Stream.concat(PersonalRows.addressesIn(em, "organisation_contact", "email"), PersonalRows.addressesIn(em, "organisation", "email"));
    }

    /** Contact persons matching the condition go, and their portal links stop working. */
    @SuppressWarnings("unchecked")
    private int contacts(String condition, Object value) {
        List<Long> ids = em.createNativeQuery("SELECT id FROM organisation_contact WHERE " + condition, Long.class)
                .setParameter(1, value).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("DELETE FROM access_link WHERE purpose = 'PORTAL' AND subject_id IN (:ids)").setParameter("ids", ids).executeUpdate();
        return em.createNativeQuery("DELETE FROM organisation_contact WHERE id IN (:ids)").setParameter("ids", ids).executeUpdate();
    }
}
