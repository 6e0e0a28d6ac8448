package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.refusal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.seminardesk.platform.DomainException;

/**
 * manage/registrations.xhtml?seminar=… (organisers): a seminar's registrations with seats and waitlist; an
 * organiser cancels one with a reason (the waitlist moves up, the organisation is mailed).
 */
@Named
@ViewScoped
public class SeminarRegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    org.seminardesk.platform.web.PublicLinks links;

    private String seminarParam;
    private Long seminarId;
    private SeminarRegistrationsView view;
    private String reason;

    public void load() {
        if (seminarId == null) {
            try {
                seminarId = Long.parseLong(seminarParam);
            } catch (NumberFormatException e) {
                seminarId = null;
            }
        }
        view = seminarId == null ? null : registrations.seminarView(seminarId).orElse(null);
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /**
     * A new private link for one registration, mailed to its contact; the old links stop working. Without a
     * contact (an organiser registered it) the page shows the new link, to pass on.
     */
    public void renewLink(long registrationId) {
        org.seminardesk.platform.web.PageParams.act(() -> registrations.renewTokenOf(seminarId, registrationId)
                .ifPresent(token -> org.seminardesk.platform.web.PageParams.info("registrations.newLink", links.to("r/" + token.value()))),
                "registrations.linkRenewed");
        load();
    }

    public void cancel(long registrationId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            registrations.cancelById(registrationId, reason);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, org.seminardesk.platform.i18n.PageTexts.text("registrations.cancelled"), null));
            reason = null;
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
        }
        load();
    }

    public String getSeminarParam() {
        return seminarParam;
    }

    public void setSeminarParam(String seminarParam) {
        this.seminarParam = seminarParam;
    }

    public SeminarRegistrationsView getView() {
        return view;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
