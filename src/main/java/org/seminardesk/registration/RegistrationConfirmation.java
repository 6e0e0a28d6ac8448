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
 * request that names a member organisation (its contact approves). The notice and the seminar are in the
 * address (?notice=MAIL_SENT&amp;seminar=12: nothing personal), so a refresh or a change of language shows the same.
 */
@Named
@RequestScoped
public class RegistrationConfirmation {

    public enum Notice { MAIL_SENT, AWAITING_APPROVAL }

    @jakarta.inject.Inject
    org.seminardesk.seminar.SeminarService seminars;

    @jakarta.inject.Inject
    org.seminardesk.platform.web.Dates dates;

    private Notice notice;
    private String seminar;
    private String seminarDate;

    @PostConstruct
    void load() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        notice = java.util.Arrays.stream(Notice.values()).filter(n -> n.name().equals(params.get("notice"))).findFirst().orElse(null);
        org.seminardesk.platform.web.PageParams.id(params.get("seminar")).flatMap(id -> seminars.publicView(id)).ifPresent(s -> {
            seminar = dates.pick(s.titleJa(), s.titleEn());
            seminarDate = dates.pick(s.dateLabel(), s.westernDateLabel());
        });
    }

    /** Post/Redirect/Get to the page with this notice. */
    static void show(Notice notice, long seminarId) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/registered.xhtml?notice=" + notice + "&seminar=" + seminarId);
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

    public String getSeminarDate() {
        return seminarDate;
    }
}
