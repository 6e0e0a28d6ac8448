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

    /** The tables some holder claims (lower case). */
    public Set<String> claimedTables() {
        Set<String> tables = new TreeSet<>();
        all().forEach(h -> tables.addAll(h.tables()));
        return tables;
    }
}
