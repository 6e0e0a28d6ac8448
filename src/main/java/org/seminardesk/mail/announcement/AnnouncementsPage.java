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
import org.seminardesk.mail.MailErrors;
import org.seminardesk.mail.MailPreview;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.DomainException;
import org.seminardesk.registration.RegistrationStatus;

/**
 * /manage/announcements.xhtml (organisers): write a draft, look at its recipients and the mail as they will
 * see it, send it after a question naming how many receive it, and watch the delivery progress, which the page
 * polls while mail is pending.
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

    private static final String PAGE = "manage/announcements.xhtml";

    private MailPreview previewJa;
    private MailPreview previewEn;

    /** ?a={id} opens one announcement: a draft with its recipients and the mail as they will see it. */
    @PostConstruct
    void load() {
        seminarChoices = announcements.seminarChoices();
        list = announcements.views();
        selectedId = PageParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("a"))
                .filter(id -> list.stream().anyMatch(a -> a.id() == id)).orElse(null);
        refresh();
        if (selectedId != null && getSelected().status() == Announcement.Status.DRAFT) {
            var previews = announcements.previews(selectedId);
            previewJa = MailPreview.of(previews.get(java.util.Locale.JAPANESE), null);
            previewEn = previews.containsKey(java.util.Locale.ENGLISH) ? MailPreview.of(previews.get(java.util.Locale.ENGLISH), null) : null;
        }
    }

    /** Every change ends in a redirect (Post/Redirect/Get): refresh and Back never save or send twice. */
    public void saveDraft() {
        AnnouncementView created = act(() -> announcements.view(announcements.create(form.details(),
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser())));
        if (created != null) {
            PageParams.redirectSaying(text("announcement.saved"), PAGE + "?a=" + created.id());
        }
    }

    public void send() {
        if (selectedId != null) {
            Long sentId = selectedId;
            if (act(() -> announcements.send(sentId)) != null) {
                PageParams.redirectSaying(text("announcement.queued"), PAGE + "?a=" + sentId);
            }
        }
    }

    public void discard() {
        if (selectedId != null) {
            Long draft = selectedId;
            if (act(() -> {
                announcements.delete(draft);
                return Boolean.TRUE;
            }) != null) {
                PageParams.redirectSaying(text("announcement.discarded"), PAGE);
            }
        }
    }

    /** The question before sending, naming how many will receive it. */
    public String getSendQuestion() {
        return selectedRecipients == null ? "" : PageTexts.format("announcement.sendConfirm", selectedRecipients.total());
    }

    public String getSendLabel() {
        return selectedRecipients == null ? "" : PageTexts.format("announcement.sendTo", selectedRecipients.total());
    }

    public MailPreview getPreviewJa() {
        return previewJa;
    }

    public MailPreview getPreviewEn() {
        return previewEn;
    }

    /** What a delivery error means, in the page's language. */
    public String explain(String error) {
        String key = MailErrors.explain(error);
        return key == null ? "" : text(key);
    }

    /** Called by the page's poll while delivery is under way. */
    public void refresh() {
        list = announcements.views();
        selectedRecipients = selectedId == null ? null : announcements.recipients(selectedId, 0, PREVIEW_ROWS);
    }

    /** True while some sent announcement still has pending mail: the page polls only then. */
    public boolean isDelivering() {
        return list.stream().anyMatch(a -> a.progress().pending() > 0);
    }

    private <T> T act(Supplier<T> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return change.get();
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
