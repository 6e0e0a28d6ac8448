package org.seminardesk.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.security.AccountInputs;
import org.seminardesk.security.AccountInputs.AccountView;
import org.seminardesk.security.AccountService;
import org.seminardesk.security.Roles;

/** admin/users.xhtml (admins): every account with its name, roles and state; a new account; password resets. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private List<AccountView> users;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, List<String>> roles = new HashMap<>();
    private final Map<Long, Boolean> enabled = new HashMap<>();
    private final Map<Long, String> newPasswords = new HashMap<>();
    private String username;
    private String displayName;
    private List<String> newRoles = new ArrayList<>(List.of(Roles.STAFF));
    private String password;

    @PostConstruct
    void load() {
        users = accounts.views();
        names.clear();
        roles.clear();
        enabled.clear();
        newPasswords.clear();
        users.forEach(u -> {
            names.put(u.id(), u.displayName());
            roles.put(u.id(), new ArrayList<>(u.roles()));
            enabled.put(u.id(), u.enabled());
        });
    }

    public void create() {
        if (PageParams.actAndReload(() -> accounts.create(new AccountInputs.NewAccount(username, displayName, new HashSet<>(newRoles), password)),
                "users.created")) {
            username = null;
            displayName = null;
            newRoles = new ArrayList<>(List.of(Roles.STAFF));
        }
        password = null;
        load();
    }

    public void save(long id) {
        PageParams.actAndReload(() -> accounts.update(id, new AccountInputs.Changes(names.get(id), new HashSet<>(roles.get(id)),
                Boolean.TRUE.equals(enabled.get(id)))), "users.saved");
        load();
    }

    public void resetPassword(long id) {
        PageParams.actAndReload(() -> accounts.resetPassword(id, newPasswords.get(id)), "users.passwordReset");
        load();
    }

    public void signOutEverywhere(long id) {
        PageParams.actAndReload(() -> accounts.signOutEverywhere(id), "users.signedOut");
    }

    public void unlock(long id) {
        PageParams.actAndReload(() -> accounts.unlock(id), "users.unlocked");
        load();
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public List<AccountView> getUsers() {
        return users;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public Map<Long, List<String>> getRoles() {
        return roles;
    }

    public Map<Long, Boolean> getEnabled() {
        return enabled;
    }

    public Map<Long, String> getNewPasswords() {
        return newPasswords;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
