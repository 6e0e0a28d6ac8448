package org.seminardesk.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * registered.xhtml: what happens next, after the registration form (check your mail) or after confirming a
 * request that names a member organisation (its contact approves). The notice comes through the flash, so a
 * refresh shows nothing new and nothing is repeated.
 */
@Named
@RequestScoped
public class RegistrationConfirmation {

    public enum Notice { MAIL_SENT, AWAITING_APPROVAL }

    private static final String FLASH_NOTICE = "registrationNotice";
    private static final String FLASH_SEMINAR = "registrationSeminar";

    private Notice notice;
    private String seminar;

    @PostConstruct
    void load() {
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        notice = flash.get(FLASH_NOTICE) instanceof Notice n ? n : null;
        seminar = flash.get(FLASH_SEMINAR) instanceof String s ? s : null;
    }

    /** Post/Redirect/Get to the page with this notice. */
    static void show(Notice notice, String seminarTitle) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().put(FLASH_NOTICE, notice);
        external.getFlash().put(FLASH_SEMINAR, seminarTitle);
        try {
            external.redirect(external.getRequestContextPath() + "/registered.xhtml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Notice getNotice() {
        return notice;
    }

    public String getSeminar() {
        return seminar;
    }
}
