package org.seminardesk.seminar;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.seminardesk.platform.web.EntityTable;
import org.seminardesk.platform.web.LazyTable;

/**
 * manage/seminars.xhtml (organisers): every seminar, meeting and pro bono session, drafts and past ones
 * included, in a lazy table sorted, filtered and paged in the database.
 */
@Named
@ViewScoped
public class SeminarsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final EntityTable.Columns COLUMNS = new EntityTable.Columns(
            Set.of("startsAt", "titleJa", "kind", "status", "fiscalYear"), Set.of("titleJa", "kind", "status", "fiscalYear"),
            "startsAt");

    /** A table row: only the seminar's own columns, so no collection is loaded per row. */
    public record Row(long id, String dateLabel, String westernDateLabel, String titleJa, String titleEn, SeminarKind kind,
                      SeminarStatus status, int seatsTaken, int capacity, int fiscalYear) implements java.io.Serializable {

        static Row of(Seminar s) {
            return new Row(s.id(), s.dateLabel(), s.westernDateLabel(), s.titleJa(), s.titleEn(), s.kind(), s.status(),
                    s.seatsTaken(), s.capacity(), s.fiscalYear());
        }
    }

    @Inject
    EntityTable table;

    private LazyTable<Seminar, Row> rows;

    @PostConstruct
    void init() {
        rows = new LazyTable<>(table, Seminar.class, COLUMNS, Row::of, Row::id);
    }

    public LazyTable<Seminar, Row> getRows() {
        return rows;
    }

    public SeminarKind[] getKinds() {
        return SeminarKind.values();
    }

    public SeminarStatus[] getStatuses() {
        return SeminarStatus.values();
    }
}
