package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.TokenLinkServlet;

/**
 * The self-service page (/r/{token}): the organisation sees its registration, adds or removes people and
 * cancels. Each change is one service transaction; the token stays in the server-side view state.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    private String token;
    private RegistrationView registration;

    @NotBlank
    @Size(max = 100)
    private String newName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String newEmail;

    @Size(max = 1000)
    private String newNeeds;

    private boolean newNeedsConsent;

    public boolean isNeedsConsent() {
        return newNeedsConsent;
    }

    public void setNeedsConsent(boolean v) {
        newNeedsConsent = v;
    }

    @Size(max = 500)
    private String cancelReason;

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        refresh();
        if (registration == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void addParticipant() {
        act(() -> registrations.addParticipant(token, new ParticipantDetails(newName, newEmail, newNeeds),
                Consent.of(Consent.GivenBy.LINK_HOLDER, newNeedsConsent)), "self.added");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newName = null;
            newEmail = null;
            newNeeds = null;
        }
    }

    public void removeParticipant(int position) {
        act(() -> registrations.removeParticipant(token, position), "self.removed");
    }

    public void cancel() {
        act(() -> registrations.cancel(token, cancelReason), "self.cancelled");
    }

    private Integer editing;
    private String editName;
    private String editEmail;
    private String editNeeds;
    private boolean editNeedsConsent;

    /** Opens the edit form for one person (correct their details, or put another person in their place). */
    public void startEdit(int position) {
        registration.participants().stream().filter(p -> p.position() == position).findFirst().ifPresent(p -> {
            editing = position;
            editName = p.name();
            editEmail = p.email();
            editNeeds = p.accessibilityNeeds();
        });
    }

    public void saveEdit() {
        if (editing == null) {
            return;
        }
        int position = editing;
        act(() -> registrations.replaceParticipant(token, position, new ParticipantDetails(editName, editEmail, editNeeds),
                Consent.of(Consent.GivenBy.LINK_HOLDER, editNeedsConsent)), "self.replaced");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            editing = null;
        }
    }

    public Integer getEditing() { return editing; }
    public String getEditName() { return editName; }
    public void setEditName(String v) { editName = v; }
    public String getEditEmail() { return editEmail; }
    public void setEditEmail(String v) { editEmail = v; }
    public String getEditNeeds() { return editNeeds; }
    public void setEditNeeds(String v) { editNeeds = v; }
    public boolean isEditNeedsConsent() { return editNeedsConsent; }
    public void setEditNeedsConsent(boolean v) { editNeedsConsent = v; }

    private void act(Runnable change, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(doneKey), null));
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
            faces.validationFailed();
        }
        refresh();
    }

    private void refresh() {
        registration = token == null ? null : registrations.view(token).orElse(null);
    }


    public RegistrationView getRegistration() {
        return registration;
    }

    public boolean isConfirmed() {
        return registration != null && registration.status() == RegistrationStatus.CONFIRMED;
    }

    public boolean isActive() {
        return registration != null && registration.status() != RegistrationStatus.CANCELLED;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewNeeds() {
        return newNeeds;
    }

    public void setNewNeeds(String newNeeds) {
        this.newNeeds = newNeeds;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
