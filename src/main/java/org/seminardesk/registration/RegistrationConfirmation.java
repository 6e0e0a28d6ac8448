package org.seminardesk.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The confirmation page (registered.xhtml) right after the form: what was registered, confirmed or waitlisted,
 * and the self-service link. The token arrives through the flash, so the page cannot be reached by guessing.
 */
@Named
@RequestScoped
public class RegistrationConfirmation {

    static final String FLASH_TOKEN = "registeredToken";

    @Inject
    RegistrationService registrations;

    private RegistrationView registration;

    @PostConstruct
    void load() {
        Object token = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH_TOKEN);
        registration = token instanceof String t ? registrations.view(t).orElse(null) : null;
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    /** The self-service page's address relative to the application. */
    public String getSelfServicePath() {
        return registration == null ? null : "/r/" + registration.token();
    }

    public boolean isConfirmed() {
        return registration != null && registration.status() == RegistrationStatus.CONFIRMED;
    }
}
