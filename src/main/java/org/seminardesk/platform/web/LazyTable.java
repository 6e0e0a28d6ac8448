package org.seminardesk.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over {@link EntityTable}: each page, its sorting and its column filters are one
 * query to the database. Rows are the entities' views; rowKey names a row for the table.
 */
public class LazyTable<E, V> extends LazyDataModel<V> {

    private static final long serialVersionUID = 1L;

    private final EntityTable table;
    private final Class<E> type;
    private final EntityTable.Columns columns;
    private final View<E, V> view;
    private final RowKey<V> rowKey;

    /** Serializable, so that a view-scoped page holding the table can be passivated or replicated to the other node. */
    public interface View<E, V> extends Function<E, V>, java.io.Serializable {
    }

    public interface RowKey<V> extends ToLongFunction<V>, java.io.Serializable {
    }
    private final Map<String, Object> fixed = new HashMap<>();

    public LazyTable(EntityTable table, Class<E> type, EntityTable.Columns columns, View<E, V> view, RowKey<V> rowKey) {
        this.table = table;
        this.type = type;
        this.columns = columns;
        this.view = view;
        this.rowKey = rowKey;
    }

    /** A filter the page sets outside the table's own column filters (e.g. a status chosen above it); null removes it. */
    public void fix(String attribute, Object value) {
        if (value == null) {
            fixed.remove(attribute);
        } else {
            fixed.put(attribute, value);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, table.count(type, columns, filters(filterBy)));
    }

    @Override
    public List<V> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        return table.page(type, columns, filters(filterBy), sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, first, pageSize).stream().map(view).toList();
    }

    @Override
    public String getRowKey(V row) {
        return String.valueOf(rowKey.applyAsLong(row));
    }

    private Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> values = new HashMap<>(fixed);
        if (filterBy != null) {
            filterBy.forEach((field, meta) -> values.put(meta.getField() != null ? meta.getField() : field, meta.getFilterValue()));
        }
        return values;
    }
}
