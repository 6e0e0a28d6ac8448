package org.seminardesk.security.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.stream.Stream;

/** Native reads shared by the holders: rows under an address, addresses in a column (timestamps: NativeValues). */
public final class PersonalRows {

    private PersonalRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Tuple> under(EntityManager em, String sql, String address) {
        return em.createNativeQuery(sql, Tuple.class).setParameter("address", address).getResultList();
    }

    /** The distinct lower-cased, non-empty values of a column (its table and column are the holder's own). */
    @SuppressWarnings("unchecked")
    public static Stream<String> addressesIn(EntityManager em, String table, String column) {
        return ((List<String>) em.createNativeQuery("SELECT DISTINCT LOWER(" + column + ") FROM " + table + " WHERE " + column + " IS NOT NULL",
                String.class).getResultList()).stream().filter(a -> a.contains("@") && !a.endsWith("@erased.invalid"));
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
