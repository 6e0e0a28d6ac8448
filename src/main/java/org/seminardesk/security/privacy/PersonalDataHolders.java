package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every feature's holder of personal data, in their order. */
@ApplicationScoped
public class PersonalDataHolders {

    @Inject
    @Any
    Instance<PersonalDataHolder> found;

    public List<PersonalDataHolder> all() {
        return found.stream().sorted(Comparator.comparingInt(PersonalDataHolder::order)
                .thenComparing(h -> h.getClass().getName())).toList();
    }

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** A participant's own address, if they have one that is not erased. */
    public java.util.Optional<String> participantAddress(long participantId) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT LOWER(email) FROM participant WHERE id = ?1 AND erased_at IS NULL AND email IS NOT NULL",
                String.class).setParameter(1, participantId).getResultList();
        return found.stream().findFirst();
    }

    public boolean participantExists(long participantId) {
        return !em.createNativeQuery("SELECT id FROM participant WHERE id = ?1").setParameter(1, participantId).getResultList().isEmpty();
    }

    /** The tables some holder claims (lower case). */
    public Set<String> claimedTables() {
        Set<String> tables = new TreeSet<>();
        all().forEach(h -> tables.addAll(h.tables()));
        return tables;
    }
}
