package org.seminardesk.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;
import org.seminardesk.seminar.Seminar;

/**
 * staff/attendance.xhtml?seminar=…: upload a Zoom or Teams report, see what each import matched, and say who
 * the people it could not match are (or that they are no participant).
 */
@Named
@ViewScoped
public class AttendanceImportPage extends RecordPage {

    private static final long serialVersionUID = 1L;
    /** The unmatched shown at once, longest online first; the rest follow as these are settled. */
    static final int PAGE_ROWS = 50;

    @Inject
    AttendanceService attendance;

    private String seminarLabel;
    private String westernSeminarLabel;
    private List<ImportView> imports = List.of();
    private List<PersonView> unmatched = List.of();
    private long unmatchedCount;
    private List<ParticipantChoice> participants = List.of();
    private final Map<Long, Long> chosen = new HashMap<>();
    private transient Part file;

    /** A confirmed participant as the assignment list offers them. */
    public record ParticipantChoice(long id, String label) implements Serializable {
    }

    @Override
    protected void show(long seminarId) {
        Seminar seminar = attendance.seminar(seminarId);
        seminarLabel = seminar.dateLabel() + " " + seminar.titleJa();
        westernSeminarLabel = seminar.westernDateLabel() + " " + seminar.titleJa();
        refresh();
    }

    private void refresh() {
        long seminarId = getId();
        imports = attendance.imports(seminarId);
        unmatched = attendance.unmatched(seminarId, 0, PAGE_ROWS);
        unmatchedCount = attendance.unmatchedCount(seminarId);
        participants = attendance.rows(seminarId).stream()
                .map(r -> new ParticipantChoice(r.participantId(), r.name() + "（" + r.organisation() + "）")).toList();
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageParams.refused(DomainException.invalid("file", "No file").withCode("attendance.noFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ImportView view = attendance.importReport(getId(), file.getSubmittedFileName(), in.readAllBytes(), PageParams.user());
            if (view.alreadyImported()) {
                PageParams.info("attendance.alreadyImported", view.fileName());
            } else {
                PageParams.info("attendance.imported", view.rows(), view.people(), view.matched(), view.unmatched());
            }
        } catch (DomainException refused) {
            PageParams.refused(refused);
        } catch (IOException e) {
            PageParams.refused(DomainException.invalid("file", "The upload could not be read").withCode("upload.unreadable"));
        }
        refresh();
    }

    public void assign(long personId) {
        Long participantId = chosen.get(personId);
        try {
            if (participantId == null) {
                throw DomainException.invalid("participantId", "Choose a participant").withCode("attendance.choose");
            }
            attendance.assign(personId, participantId);
            PageParams.info("attendance.assigned");
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
        refresh();
    }

    public void ignore(long personId) {
        attendance.ignore(personId);
        PageParams.info("attendance.ignored");
        refresh();
    }

    public void deleteImport(long importId) {
        PageParams.act(() -> attendance.deleteImport(importId), "attendance.importDeleted");
        refresh();
    }

    public String getSeminarLabel() {
        return org.seminardesk.platform.web.Dates.forReader(seminarLabel, westernSeminarLabel);
    }

    public List<ImportView> getImports() {
        return imports;
    }

    public List<PersonView> getUnmatched() {
        return unmatched;
    }

    public long getUnmatchedCount() {
        return unmatchedCount;
    }

    public int getPageRows() {
        return PAGE_ROWS;
    }

    public List<ParticipantChoice> getParticipants() {
        return participants;
    }

    public Map<Long, Long> getChosen() {
        return chosen;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
