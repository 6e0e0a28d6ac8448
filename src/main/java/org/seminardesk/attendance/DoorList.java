package org.seminardesk.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;
import org.seminardesk.seminar.Seminar;

/**
 * The list at the door: staff/checkin.xhtml ticks confirmed participants off on a tablet (one tap each, undo
 * with another), staff/signin-sheet.xhtml prints the same list with a column to sign.
 */
@Named
@ViewScoped
public class DoorList extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceService attendance;

    private String title;
    private String dateLabel;
    private String westernDateLabel;
    private String venue;
    private String search;
    private List<AttendanceRow> rows = List.of();

    @Override
    protected void show(long seminarId) {
        Seminar seminar = attendance.seminar(seminarId);
        title = seminar.titleJa();
        dateLabel = seminar.dateLabel();
        westernDateLabel = seminar.westernDateLabel();
        venue = seminar.venue();
        rows = attendance.rows(seminarId);
    }

    /** Checks a participant in, or takes the check-in back when they were already in. */
    public void toggle(long participantId) {
        long seminarId = getId();
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
                || r.email() != null && r.email().toLowerCase(Locale.ROOT).contains(search.strip().toLowerCase(Locale.ROOT))).toList();
    }

    public long getCheckedIn() {
        return rows.stream().filter(AttendanceRow::checkedIn).count();
    }

    public String getTitle() {
        return title;
    }

    public String getDateLabel() {
        return org.seminardesk.platform.web.Dates.forReader(dateLabel, westernDateLabel);
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
