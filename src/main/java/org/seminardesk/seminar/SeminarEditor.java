package org.seminardesk.seminar;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;

/**
 * The organisers' seminar form (manage/seminar.xhtml, ?id=… to edit): the same rules as the API, each
 * refusal shown by its field. Dates and times are typed in Japan time.
 */
@Named
@ViewScoped
public class SeminarEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeminarService seminars;

    @Inject
    VenueService venues;

    private String idParam;
    private Long id;
    private final SeminarFields fields = new SeminarFields();

    /** f:viewAction: an existing seminar fills the form; an unknown id is a 404. */
    public void load() {
        if (id != null || idParam == null || idParam.isBlank()) {
            return;
        }
        java.util.Optional<SeminarView> found;
        try {
            found = seminars.organiserView(Long.parseLong(idParam));
        } catch (NumberFormatException notAnId) {
            found = java.util.Optional.empty();
        }
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            idParam = null;
            return;
        }
        id = found.get().id();
        fields.fill(found.get());
        speakerIds.clear();
        found.get().speakers().forEach(speaker -> speakerIds.add(speaker.id()));
    }

    // Speakers, in the order pages and the report show them; changed in place (ajax) and kept on save.
    private final List<Long> speakerIds = new java.util.ArrayList<>();
    private Long speakerToAdd;
    private transient List<org.seminardesk.speaker.SpeakerView> allSpeakers;

    @Inject
    org.seminardesk.speaker.SpeakerService speakerService;

    private List<org.seminardesk.speaker.SpeakerView> allSpeakers() {
        if (allSpeakers == null) {
            allSpeakers = speakerService.list().stream().map(org.seminardesk.speaker.SpeakerView::of).toList();
        }
        return allSpeakers;
    }

    public List<org.seminardesk.speaker.SpeakerView> getChosenSpeakers() {
        return speakerIds.stream().flatMap(sid -> allSpeakers().stream().filter(v -> v.id().equals(sid))).toList();
    }

    public List<org.seminardesk.speaker.SpeakerView> getOtherSpeakers() {
        return allSpeakers().stream().filter(v -> !speakerIds.contains(v.id())).toList();
    }

    public void addSpeaker() {
        if (speakerToAdd != null && !speakerIds.contains(speakerToAdd)
                && allSpeakers().stream().anyMatch(v -> v.id().equals(speakerToAdd))) {
            speakerIds.add(speakerToAdd);
        }
        speakerToAdd = null;
    }

    /** Moves the speaker at index one place up (by -1) or down (by 1). */
    public void moveSpeaker(int index, int by) {
        int other = index + by;
        if (index >= 0 && index < speakerIds.size() && other >= 0 && other < speakerIds.size()) {
            java.util.Collections.swap(speakerIds, index, other);
        }
    }

    public void removeSpeaker(int index) {
        if (index >= 0 && index < speakerIds.size()) {
            speakerIds.remove(index);
        }
    }

    public Long getSpeakerToAdd() {
        return speakerToAdd;
    }

    public void setSpeakerToAdd(Long speakerToAdd) {
        this.speakerToAdd = speakerToAdd;
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SeminarDetails details = fields.details();
            SeminarOptions options = new SeminarOptions(List.copyOf(speakerIds), fields.getVenueId(), fields.reminders(),
                    fields.linkRelease());
            Seminar saved = id == null
                    ? seminars.create(details, fields.getStatus(), options)
                    : seminars.update(id, details, fields.getStatus(), options, fields.getCancelReason());
            faces.getExternalContext().getFlash().put("saved", saved.titleJa());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/manage/index.xhtml");
        } catch (DomainException refused) {
            String field = refused.field() == null ? null : "form:" + refused.field().replace("startsAt", "startDate")
                    .replace("endsAt", "endTime").replace("registrationDeadline", "deadlineDate").replace("reminderHoursBefore", "reminders").replace("linkReleaseMinutesBefore", "linkReleaseMinutes");
            if (field != null && faces.getViewRoot().findComponent(field) == null) {
                field = null;
            }
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
            faces.validationFailed();
        }
    }


    // The day a copy of this seminar starts on (yyyy-mm-dd, from the date field).
    private String copyDate;

    /** Makes a draft copy on the chosen day and opens it in this editor, saying what came along. */
    public void copy() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            java.time.LocalDate day = SeminarFields.date("copyDate", copyDate, true);
            Seminar copy = seminars.copy(id, day);
            org.seminardesk.platform.web.PageParams.redirectSaying(
                    org.seminardesk.platform.i18n.PageTexts.format("editor.copied", copy.titleJa(),
                            org.seminardesk.platform.web.Dates.forReader(copy.dateLabel(), copy.westernDateLabel())),
                    "manage/seminar.xhtml?id=" + copy.id());
        } catch (DomainException refused) {
            faces.addMessage("copy:copyDate", new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
            faces.validationFailed();
        }
    }

    public String getCopyDate() {
        return copyDate;
    }

    public void setCopyDate(String copyDate) {
        this.copyDate = copyDate;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public SeminarFields getFields() {
        return fields;
    }

    public SeminarKind[] getKinds() {
        return SeminarKind.values();
    }

    public SeminarFormat[] getFormats() {
        return SeminarFormat.values();
    }

    public List<VenueView> getVenues() {
        return venues.list();
    }

    public SeminarStatus[] getStatuses() {
        return SeminarStatus.values();
    }

    /** The form's values as typed: text for dates and times, parsed on save with the field named on error. */
    public static class SeminarFields implements Serializable {
        private static final long serialVersionUID = 1L;
        private String titleJa;
        private String titleEn;
        private String description;
        private SeminarKind kind = SeminarKind.SEMINAR;
        private SeminarFormat format = SeminarFormat.IN_PERSON;
        private String startDate;
        private String startTime;
        private String endTime;
        private String venue;
        private String onlineLink;
        private Integer capacity = 30;
        private Integer venueCapacity;
        private Integer onlineCapacity;
        private String deadlineDate;
        private SeminarStatus status = SeminarStatus.DRAFT;
        private String reminders = "168, 24";
        private String cancelReason;
        private Long venueId;
        private Integer linkReleaseMinutes;

        void fill(SeminarView s) {
            titleJa = s.titleJa();
            titleEn = s.titleEn();
            description = s.description();
            kind = s.kind();
            format = s.format();
            startDate = s.startsAt().atZoneSameInstant(JapaneseDates.TOKYO).toLocalDate().toString();
            startTime = s.startsAt().atZoneSameInstant(JapaneseDates.TOKYO).toLocalTime().toString();
            endTime = s.endsAt() == null ? null : s.endsAt().atZoneSameInstant(JapaneseDates.TOKYO).toLocalTime().toString();
            venue = s.venue();
            onlineLink = s.onlineLink();
            capacity = s.capacity();
            venueCapacity = s.modes() == null ? null : s.modes().venueCapacity();
            onlineCapacity = s.modes() == null ? null : s.modes().onlineCapacity();
            deadlineDate = s.registrationDeadline() == null ? null
                    : s.registrationDeadline().atZoneSameInstant(JapaneseDates.TOKYO).toLocalDate().toString();
            status = s.status();
            venueId = s.venueDetails() == null ? null : s.venueDetails().id();
            linkReleaseMinutes = s.linkReleaseMinutesBefore() == 0 ? null : s.linkReleaseMinutesBefore();
            reminders = String.join(", ", s.reminderHoursBefore().stream().map(String::valueOf).toList());
        }

        SeminarDetails details() {
            LocalDate day = date("startDate", startDate, true);
            LocalTime start = time("startTime", startTime, format != SeminarFormat.WRITTEN);
            LocalTime end = time("endTime", endTime, false);
            LocalDate deadline = date("deadlineDate", deadlineDate, false);
            return new SeminarDetails(titleJa, titleEn, description, kind, format,
                    day.atTime(start == null ? LocalTime.MIDNIGHT : start).atZone(JapaneseDates.TOKYO).toInstant(),
                    end == null ? null : day.atTime(end).atZone(JapaneseDates.TOKYO).toInstant(), venue, onlineLink,
                    capacity == null ? -1 : capacity,
                    deadline == null ? null : deadline.atTime(23, 59).atZone(JapaneseDates.TOKYO).toInstant(),
                    venueCapacity, onlineCapacity);
        }

        /** Empty: the link is shown from confirmation. */
        Integer linkRelease() {
            return linkReleaseMinutes == null ? 0 : linkReleaseMinutes;
        }

        List<Integer> reminders() {
            if (reminders == null || reminders.isBlank()) {
                return List.of();
            }
            try {
                return Arrays.stream(reminders.split("[,、\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
            } catch (NumberFormatException e) {
                throw DomainException.invalid("reminders", text("editor.remindersFormat"));
            }
        }

        static LocalDate date(String field, String value, boolean required) {
            return parse(field, value, required, LocalDate::parse, "editor.dateFormat");
        }

        private static LocalTime time(String field, String value, boolean required) {
            return parse(field, value, required, LocalTime::parse, "editor.timeFormat");
        }

        /** A typed value, or null when optional and empty; a refusal named by its field otherwise. */
        private static <T> T parse(String field, String value, boolean required,
                                   java.util.function.Function<String, T> parser, String formatKey) {
            if (value == null || value.isBlank()) {
                if (required) {
                    throw DomainException.invalid(field, text("form.requiredMessage"));
                }
                return null;
            }
            try {
                return parser.apply(value.strip());
            } catch (DateTimeParseException e) {
                throw DomainException.invalid(field, text(formatKey));
            }
        }

        // getters and setters for the page
        public String getTitleJa() { return titleJa; }
        public void setTitleJa(String v) { titleJa = v; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String v) { titleEn = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public SeminarKind getKind() { return kind; }
        public void setKind(SeminarKind v) { kind = v; }
        public SeminarFormat getFormat() { return format; }
        public void setFormat(SeminarFormat v) { format = v; }
        public String getStartDate() { return startDate; }
        public void setStartDate(String v) { startDate = v; }
        public String getStartTime() { return startTime; }
        public void setStartTime(String v) { startTime = v; }
        public String getEndTime() { return endTime; }
        public void setEndTime(String v) { endTime = v; }
        public String getVenue() { return venue; }
        public void setVenue(String v) { venue = v; }
        public String getOnlineLink() { return onlineLink; }
        public void setOnlineLink(String v) { onlineLink = v; }
        public Integer getVenueCapacity() { return venueCapacity; }
        public void setVenueCapacity(Integer v) { venueCapacity = v; }
        public Integer getOnlineCapacity() { return onlineCapacity; }
        public void setOnlineCapacity(Integer v) { onlineCapacity = v; }
        public Integer getCapacity() { return capacity; }
        public void setCapacity(Integer v) { capacity = v; }
        public String getDeadlineDate() { return deadlineDate; }
        public void setDeadlineDate(String v) { deadlineDate = v; }
        public SeminarStatus getStatus() { return status; }
        public void setStatus(SeminarStatus v) { status = v; }
        public String getReminders() { return reminders; }
        public void setReminders(String v) { reminders = v; }
        public String getCancelReason() { return cancelReason; }
        public Long getVenueId() { return venueId; }
        public void setVenueId(Long v) { venueId = v; }
        public void setCancelReason(String v) { cancelReason = v; }
        public Integer getLinkReleaseMinutes() { return linkReleaseMinutes; }
        public void setLinkReleaseMinutes(Integer v) { linkReleaseMinutes = v; }
    }
}
