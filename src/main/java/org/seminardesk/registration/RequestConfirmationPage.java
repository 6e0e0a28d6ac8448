package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.TokenLinkServlet;

/**
 * /c/{token}: the registrant sees their request and confirms it with a button. Confirmed, a public
 * registrant goes on to their registration's page; a member's request goes to its contact for approval.
 */
@Named
@ViewScoped
public class RequestConfirmationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationRequests requests;

    private String token;
    private RequestView request;
    private boolean expired;

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        Optional<RegistrationRequests.Shown> found = token == null ? Optional.empty() : requests.show(token);
        request = found.map(RegistrationRequests.Shown::request).orElse(null);
        expired = found.map(RegistrationRequests.Shown::expired).orElse(false);
        if (request == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Optional<String> registration = requests.confirm(token);
            if (registration.isPresent()) {
                PageParams.redirectSaying(text("confirm.done"), "r/" + registration.get());
            } else {
                RegistrationConfirmation.show(RegistrationConfirmation.Notice.AWAITING_APPROVAL, request.seminarId());
            }
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
        }
    }

    public RequestView getRequest() {
        return request;
    }

    public boolean isExpired() {
        return expired;
    }

    public boolean isConfirmable() {
        return request != null && !expired && request.status() == RegistrationRequest.Status.AWAITING_CONFIRMATION;
    }
}
