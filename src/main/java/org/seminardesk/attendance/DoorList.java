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
    private String code;
    private String scanResult;
    private boolean scanOk;
    private String selfCheckinCode;
    private boolean selfCheckinOpen;

    @Inject
    CheckInService checkIns;

    @Override
    protected void show(long seminarId) {
        Seminar seminar = attendance.seminar(seminarId);
        title = seminar.titleJa();
        dateLabel = seminar.dateLabel();
        westernDateLabel = seminar.westernDateLabel();
        venue = seminar.venue();
        rows = doorRows(seminarId);
        selfCheckinCode = checkIns.selfCheckinCode(seminarId);
        selfCheckinOpen = checkIns.selfCheckinOpen(seminarId);
    }

    /** Those who come to the room: at a hybrid seminar, not those who chose to join online. */
    private List<AttendanceRow> doorRows(long seminarId) {
        List<AttendanceRow> everyone = attendance.rows(seminarId);
        joiningOnline = everyone.stream().filter(r -> !r.atTheDoor()).count();
        return everyone.stream().filter(AttendanceRow::atTheDoor).toList();
    }

    /** Confirmed people of a hybrid seminar who join online: not on the door list (their minutes come from the import). */
    private long joiningOnline;

    public long getJoiningOnline() {
        return joiningOnline;
    }

    /** A participant's code, scanned or typed: says who and when (or since when), then clears the field. */
    public void checkInByCode() {
        try {
            CheckInService.CheckedIn in = checkIns.byCode(getId(), code, PageParams.user());
            String at = org.seminardesk.platform.JapaneseDates.moment(in.checkedInAt(),
                    org.seminardesk.platform.i18n.PageTexts.language());
            scanResult = org.seminardesk.platform.i18n.PageTexts.format(in.already() ? "checkin.scanAlready" : "checkin.scanDone",
                    in.name(), in.organisation(), at);
            scanOk = !in.already();
        } catch (DomainException refused) {
            scanResult = org.seminardesk.platform.i18n.PageTexts.refusal(refused);
            scanOk = false;
        }
        code = null;
        rows = doorRows(getId());
    }

    // Someone who came without registering: registered and checked in at once.
    private String walkInName;
    private String walkInEmail;
    private Long walkInOrganisation;

    @Inject
    org.seminardesk.organisation.OrganisationService organisations;

    public void registerWalkIn() {
        try {
            CheckInService.CheckedIn in = checkIns.walkIn(getId(), walkInOrganisation == null ? -1 : walkInOrganisation,
                    walkInName, walkInEmail, PageParams.user());
            scanResult = org.seminardesk.platform.i18n.PageTexts.format("checkin.walkInDone", in.name(), in.organisation());
            scanOk = true;
            walkInName = null;
            walkInEmail = null;
            walkInOrganisation = null;
        } catch (DomainException refused) {
            scanResult = org.seminardesk.platform.i18n.PageTexts.refusal(refused);
            scanOk = false;
        }
        rows = doorRows(getId());
    }

    public List<jakarta.faces.model.SelectItem> getOrganisations() {
        return organisations.active().stream()
                .map(o -> new jakarta.faces.model.SelectItem(o.id(), o.name())).toList();
    }

    public String getWalkInName() {
        return walkInName;
    }

    public void setWalkInName(String walkInName) {
        this.walkInName = walkInName;
    }

    public String getWalkInEmail() {
        return walkInEmail;
    }

    public void setWalkInEmail(String walkInEmail) {
        this.walkInEmail = walkInEmail;
    }

    public Long getWalkInOrganisation() {
        return walkInOrganisation;
    }

    public void setWalkInOrganisation(Long walkInOrganisation) {
        this.walkInOrganisation = walkInOrganisation;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getScanResult() {
        return scanResult;
    }

    public boolean isScanOk() {
        return scanOk;
    }

    public String getSelfCheckinCode() {
        return selfCheckinCode;
    }

    public boolean isSelfCheckinOpen() {
        return selfCheckinOpen;
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
        rows = doorRows(seminarId);
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
