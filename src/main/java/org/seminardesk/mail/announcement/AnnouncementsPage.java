package org.seminardesk.mail.announcement;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.DomainException;
import org.seminardesk.registration.RegistrationStatus;

/**
 * /manage/announcements.xhtml (organisers): write a draft, look at its recipients, send it from there, and
 * watch the delivery progress, which the page polls while mail is pending.
 */
@Named
@ViewScoped
public class AnnouncementsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PREVIEW_ROWS = 500;

    @Inject
    AnnouncementService announcements;

    private final AnnouncementForm form = new AnnouncementForm();
    private List<AnnouncementView> list;
    private List<AnnouncementService.SeminarChoice> seminarChoices;
    private Long selectedId;
    private RecipientsView selectedRecipients;

    @PostConstruct
    void load() {
        seminarChoices = announcements.seminarChoices();
        refresh();
    }

    public void saveDraft() {
        AnnouncementView created = act(() -> announcements.view(announcements.create(form.details(),
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser())), "announcement.saved");
        if (created != null) {
            form.clear();
            select(created.id());
        }
    }

    public void select(long id) {
        selectedId = id;
        refresh();
    }

    public void send() {
        if (selectedId != null) {
            act(() -> announcements.send(selectedId), "announcement.queued");
            refresh();
        }
    }

    public void discard() {
        if (selectedId != null && act(() -> {
            announcements.delete(selectedId);
            return Boolean.TRUE;
        }, "announcement.discarded") != null) {
            selectedId = null;
            refresh();
        }
    }

    /** Called by the page's poll while delivery is under way, and after each action. */
    public void refresh() {
        list = announcements.views();
        selectedRecipients = selectedId == null ? null : announcements.recipients(selectedId, 0, PREVIEW_ROWS);
    }

    /** True while some sent announcement still has pending mail: the page polls only then. */
    public boolean isDelivering() {
        return list.stream().anyMatch(a -> a.progress().pending() > 0);
    }

    private <T> T act(Supplier<T> change, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            T result = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(doneKey), null));
            return result;
        } catch (DomainException refused) {
            String target = refused.field() == null ? null : "compose:" + refused.field();
            if (target != null && faces.getViewRoot().findComponent(target) == null) {
                target = null;
            }
            faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
            faces.validationFailed();
            return null;
        }
    }


    public AnnouncementForm getForm() {
        return form;
    }

    public List<AnnouncementView> getList() {
        return list;
    }

    public AnnouncementView getSelected() {
        return selectedId == null ? null : list.stream().filter(a -> a.id() == selectedId).findFirst().orElse(null);
    }

    public RecipientsView getSelectedRecipients() {
        return selectedRecipients;
    }

    public String getOrganisationsWithoutAddress() {
        return selectedRecipients == null ? "" : String.join("、", selectedRecipients.organisationsWithoutAddress());
    }

    public List<AnnouncementService.SeminarChoice> getSeminarChoices() {
        return seminarChoices;
    }

    public FacilityType[] getFacilityTypes() {
        return FacilityType.values();
    }

    public Announcement.Audience[] getAudiences() {
        return Announcement.Audience.values();
    }

    public List<RegistrationStatus> getRegistrantStatuses() {
        return List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
    }

    /** The draft being written; checked by the entity when saved. */
    public static class AnnouncementForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String subjectJa;
        private String bodyJa;
        private String subjectEn;
        private String bodyEn;
        private Announcement.Audience audience = Announcement.Audience.ALL_ORGANISATIONS;
        private FacilityType[] facilityTypes = {};
        private Long seminarId;
        private RegistrationStatus[] registrantStatuses = {RegistrationStatus.CONFIRMED};

        AnnouncementDetails details() {
            return new AnnouncementInput(subjectJa, bodyJa, subjectEn, bodyEn, audience,
                    facilityTypes.length == 0 ? null : EnumSet.copyOf(List.of(facilityTypes)), seminarId,
                    List.of(registrantStatuses)).details();
        }

        void clear() {
            subjectJa = null;
            bodyJa = null;
            subjectEn = null;
            bodyEn = null;
        }

        public String getSubjectJa() {
            return subjectJa;
        }

        public void setSubjectJa(String subjectJa) {
            this.subjectJa = subjectJa;
        }

        public String getBodyJa() {
            return bodyJa;
        }

        public void setBodyJa(String bodyJa) {
            this.bodyJa = bodyJa;
        }

        public String getSubjectEn() {
            return subjectEn;
        }

        public void setSubjectEn(String subjectEn) {
            this.subjectEn = subjectEn;
        }

        public String getBodyEn() {
            return bodyEn;
        }

        public void setBodyEn(String bodyEn) {
            this.bodyEn = bodyEn;
        }

        public Announcement.Audience getAudience() {
            return audience;
        }

        public void setAudience(Announcement.Audience audience) {
            this.audience = audience;
        }

        public FacilityType[] getFacilityTypes() {
            return facilityTypes.clone();
        }

        public void setFacilityTypes(FacilityType[] facilityTypes) {
            this.facilityTypes = facilityTypes == null ? new FacilityType[0] : facilityTypes.clone();
        }

        public Long getSeminarId() {
            return seminarId;
        }

        public void setSeminarId(Long seminarId) {
            this.seminarId = seminarId;
        }

        public RegistrationStatus[] getRegistrantStatuses() {
            return registrantStatuses.clone();
        }

        public void setRegistrantStatuses(RegistrationStatus[] registrantStatuses) {
            this.registrantStatuses = registrantStatuses == null ? new RegistrationStatus[0] : registrantStatuses.clone();
        }
    }
}
