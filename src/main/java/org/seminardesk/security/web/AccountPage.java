package org.seminardesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.security.AccountService;

/** account.xhtml: the signed-in user changes their own password. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AccountService accounts;

    private String current;
    private String newPassword;

    public void change() {
        PageParams.act(() -> accounts.changeOwnPassword(PageParams.user(), current, newPassword), "account.changed");
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
