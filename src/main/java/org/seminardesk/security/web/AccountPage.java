package org.seminardesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.security.AccountService;
import org.seminardesk.security.ClientAddresses;
import org.seminardesk.security.LoginMechanism;

/** account.xhtml: the signed-in user changes their own password; their other sessions end, this one goes on. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AccountService accounts;

    @Inject
    ClientAddresses clients;

    private String current;
    private String newPassword;

    public void change() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        PageParams.act(() -> LoginMechanism.remember(request,
                accounts.changeOwnPassword(PageParams.user(), current, newPassword, clients.keyOf(request))), "account.changed");
        current = null;
        newPassword = null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
