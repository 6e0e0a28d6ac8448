package org.seminardesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pages of an entity for lazy tables, straight from the database: filtered (text attributes: contains,
 * ignoring case; others: equal), sorted, counted. Only the attributes the caller allows are used, so a
 * request cannot sort or filter by anything else.
 */
@ApplicationScoped
@Transactional
public class EntityTable {

    @PersistenceContext
    EntityManager em;

    /** What a table may do with an entity: the attributes it may sort and filter by, and its default order. */
    public record Columns(Set<String> sortable, Set<String> filterable, String defaultSort, boolean defaultAscending) implements java.io.Serializable {

        public Columns(Set<String> sortable, Set<String> filterable, String defaultSort) {
            this(sortable, filterable, defaultSort, true);
        }
    }

    public <E> long count(Class<E> type, Columns columns, Map<String, Object> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<E> root = query.from(type);
        query.select(cb.count(root)).where(where(cb, root, columns, filters));
        return em.createQuery(query).getSingleResult();
    }

    /** sortBy null (or not allowed): the columns' default order. */
    public <E> List<E> page(Class<E> type, Columns columns, Map<String, Object> filters, String sortBy, boolean ascending,
                            int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> query = cb.createQuery(type);
        Root<E> root = query.from(type);
        boolean chosen = sortBy != null && columns.sortable().contains(sortBy);
        String sort = chosen ? sortBy : columns.defaultSort();
        ascending = chosen ? ascending : columns.defaultAscending();
        query.select(root).where(where(cb, root, columns, filters))
                .orderBy(ascending ? cb.asc(root.get(sort)) : cb.desc(root.get(sort)), cb.asc(root.get("id")));
        List<E> page = em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
        page.forEach(em::detach);
        return page;
    }

    private static java.util.Optional<Object> enumConstant(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name))
                .map(Object.class::cast).findFirst();
    }

    private static <E> Predicate[] where(CriteriaBuilder cb, Root<E> root, Columns columns, Map<String, Object> filters) {
        List<Predicate> predicates = new ArrayList<>();
        filters.forEach((attribute, value) -> {
            if (!columns.filterable().contains(attribute) || value == null || value.toString().isBlank()) {
                return;
            }
            Path<Object> path = root.get(attribute);
            if (path.getJavaType() == String.class) {
                String pattern = "%" + value.toString().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.like(cb.lower(root.get(attribute)), pattern, '\\'));
            } else if (path.getJavaType().isEnum() && value instanceof String name) {
                enumConstant(path.getJavaType(), name).ifPresent(constant -> predicates.add(cb.equal(path, constant)));
            } else {
                predicates.add(cb.equal(path, value));
            }
        });
        return predicates.toArray(Predicate[]::new);
    }
}
