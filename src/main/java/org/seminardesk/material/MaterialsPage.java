package org.seminardesk.material;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;
import org.seminardesk.seminar.SeminarService;

/**
 * manage/materials.xhtml?seminar=…: a seminar's handouts and recording links, who sees each and when; upload,
 * add a link, announce by mail, remove. Every change shows the page afresh (Post/Redirect/Get).
 */
@Named
@ViewScoped
public class MaterialsPage extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialService materials;

    @Inject
    MaterialMail mail;

    @Inject
    SeminarService seminars;

    private String title;
    private String dateLabel;
    private List<MaterialView> list = List.of();

    private String fileTitle;
    private transient Part file;
    private Audience fileAudience = Audience.CONFIRMED;
    private Timing fileTiming = Timing.ANY_TIME;

    private String recordingTitle;
    private String recordingUrl;
    private Audience recordingAudience = Audience.REGISTRANTS;
    private Timing recordingTiming = Timing.AFTER;
    private String recordingFrom;
    private String recordingUntil;

    @Override
    protected void show(long seminarId) {
        var seminar = seminars.organiserView(seminarId).orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
        title = org.seminardesk.platform.web.Dates.forReader(seminar.titleJa(), seminar.titleEn() == null ? seminar.titleJa() : seminar.titleEn());
        dateLabel = org.seminardesk.platform.web.Dates.forReader(seminar.dateLabel(), seminar.westernDateLabel());
        list = materials.all(seminarId);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageParams.refused(DomainException.invalid("file", "No file").withCode("material.empty"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readAllBytes();
            PageParams.actAndReload(() -> materials.addFile(getId(), fileTitle, file.getSubmittedFileName(), content,
                    fileAudience, fileTiming, PageParams.user()), "materials.added", fileTitle);
        } catch (IOException e) {
            PageParams.refused(DomainException.invalid("file", "The upload could not be read").withCode("upload.unreadable"));
        }
    }

    public void addRecording() {
        try {
            var from = day(recordingFrom, false);
            var until = day(recordingUntil, true);
            PageParams.actAndReload(() -> materials.addRecording(getId(), recordingTitle, recordingUrl, recordingAudience,
                    recordingTiming, from, until, PageParams.user()), "materials.added", recordingTitle);
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    public void announce(long materialId) {
        try {
            int told = mail.announce(getId(), materialId);
            PageParams.reloadSaying(PageTexts.format("materials.announced", told));
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    public void remove(long materialId, String materialTitle) {
        PageParams.actAndReload(() -> materials.remove(getId(), materialId), "materials.removed", materialTitle);
    }

    public String announceQuestion(String materialTitle) {
        return PageTexts.format("materials.announceQuestion", materialTitle);
    }

    public String removeQuestion(String materialTitle) {
        return PageTexts.format("materials.removeQuestion", materialTitle);
    }

    /** A date typed as 2027-02-18: the start of that day in Japan, or the start of the next for an end. */
    private static java.time.Instant day(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return (end ? day.plusDays(1) : day).atStartOfDay(JapaneseDates.TOKYO).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid(end ? "availableUntil" : "availableFrom", "A date like 2027-02-18").withCode("material.date");
        }
    }

    public Audience[] getAudiences() { return Audience.values(); }
    public Timing[] getTimings() { return Timing.values(); }
    public String getTitle() { return title; }
    public String getDateLabel() { return dateLabel; }
    public List<MaterialView> getList() { return list; }
    public String getFileTitle() { return fileTitle; }
    public void setFileTitle(String v) { fileTitle = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public Audience getFileAudience() { return fileAudience; }
    public void setFileAudience(Audience v) { fileAudience = v; }
    public Timing getFileTiming() { return fileTiming; }
    public void setFileTiming(Timing v) { fileTiming = v; }
    public String getRecordingTitle() { return recordingTitle; }
    public void setRecordingTitle(String v) { recordingTitle = v; }
    public String getRecordingUrl() { return recordingUrl; }
    public void setRecordingUrl(String v) { recordingUrl = v; }
    public Audience getRecordingAudience() { return recordingAudience; }
    public void setRecordingAudience(Audience v) { recordingAudience = v; }
    public Timing getRecordingTiming() { return recordingTiming; }
    public void setRecordingTiming(Timing v) { recordingTiming = v; }
    public String getRecordingFrom() { return recordingFrom; }
    public void setRecordingFrom(String v) { recordingFrom = v; }
    public String getRecordingUntil() { return recordingUntil; }
    public void setRecordingUntil(String v) { recordingUntil = v; }
}
