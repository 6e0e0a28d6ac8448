package org.seminardesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.security.LoginMechanism;
import org.seminardesk.security.Roles;

/** login.xhtml: username and password, then back to the page that asked for them (only a page of this site). */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId(); // a session id seen before login is worth nothing after it
            external.redirect(request.getContextPath() + destination(next, request));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (request.getAttribute(LoginMechanism.RETRY_AFTER) instanceof Long wait && wait > 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageTexts.format("login.wait", wait), null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageTexts.format("login.failed"), null));
        }
    }

    /** A path on this site to return to; anything else (another host, "//evil", a header break) is ignored. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20) || next.startsWith("/login.xhtml")) {
            return null;
        }
        return next;
    }

    private static String destination(String next, HttpServletRequest request) {
        String safe = safeNext(next);
        if (safe != null) {
            return safe;
        }
        if (request.isUserInRole(Roles.ORGANISER)) {
            return "/manage/index.xhtml";
        }
        return request.isUserInRole(Roles.STAFF) ? "/staff/index.xhtml" : "/admin/users.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
