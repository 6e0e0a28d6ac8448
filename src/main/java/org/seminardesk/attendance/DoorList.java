package org.seminardesk.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.seminar.Seminar;

/**
 * The list at the door: staff/checkin.xhtml ticks confirmed participants off on a tablet (one tap each, undo
 * with another), staff/signin-sheet.xhtml prints the same list with a column to sign.
 */
@Named
@ViewScoped
public class DoorList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceService attendance;

    private String seminarParam;
    private Long seminarId;
    private String title;
    private String dateLabel;
    private String venue;
    private String search;
    private List<AttendanceRow> rows = List.of();

    public void load() {
        seminarId = PageParams.id(seminarParam).orElse(null);
        try {
            if (seminarId == null) {
                PageParams.notFound();
                return;
            }
            Seminar seminar = attendance.seminar(seminarId);
            title = seminar.titleJa();
            dateLabel = seminar.dateLabel();
            venue = seminar.venue();
            rows = attendance.rows(seminarId);
        } catch (DomainException notFound) {
            seminarId = null;
            PageParams.notFound();
        }
    }

    /** Checks a participant in, or takes the check-in back when they were already in. */
    public void toggle(long participantId) {
        try {
            boolean in = rows.stream().anyMatch(r -> r.participantId() == participantId && r.checkedIn());
            if (in) {
                attendance.undoCheckIn(seminarId, participantId);
            } else {
                attendance.checkIn(seminarId, participantId, PageParams.user());
            }
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
        rows = attendance.rows(seminarId);
    }

    /** The rows whose name, organisation or email contain the search, width and case folded. */
    public List<AttendanceRow> getShown() {
        if (search == null || search.isBlank()) {
            return rows;
        }
        String wanted = NameKeys.exact(search);
        return rows.stream().filter(r -> NameKeys.exact(r.name()).contains(wanted)
                || NameKeys.exact(r.organisation()).contains(wanted)
                || r.email().toLowerCase(Locale.ROOT).contains(search.strip().toLowerCase(Locale.ROOT))).toList();
    }

    public long getCheckedIn() {
        return rows.stream().filter(AttendanceRow::checkedIn).count();
    }

    public String getSeminarParam() {
        return seminarParam;
    }

    public void setSeminarParam(String seminarParam) {
        this.seminarParam = seminarParam;
    }

    public Long getSeminarId() {
        return seminarId;
    }

    public String getTitle() {
        return title;
    }

    public String getDateLabel() {
        return dateLabel;
    }

    public String getVenue() {
        return venue;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<AttendanceRow> getRows() {
        return rows;
    }
}
