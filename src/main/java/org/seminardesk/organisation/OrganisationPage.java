package org.seminardesk.organisation;

import static org.seminardesk.platform.i18n.PageTexts.format;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.platform.web.PageParams;

/**
 * manage/organisation.xhtml?id= (organisers): one member organisation's contact persons, their portal links,
 * and deactivation. Every action ends in a redirect to the page itself (Post/Redirect/Get), so refresh and
 * Back never repeat it; the outcome travels in the flash.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationContacts contacts;

    @Inject
    Validator validator;

    @Inject
    OrganisationMerge merges;

    /** Another organisation to merge this one into. */
    public record Choice(long id, String name) implements Serializable {
    }

    private List<Choice> others = List.of();
    private Long mergeInto;

    private Long id;
    private OrganisationView organisation;
    private List<ContactView> contactRows = List.of();
    private String name;
    private String email;
    private String phone;
    private String role;

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = param == null ? null : Long.valueOf(param);
        } catch (NumberFormatException notANumber) {
            id = null;
        }
        organisation = id == null ? null : organisations.find(id).map(OrganisationView::of).orElse(null);
        if (organisation == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        contactRows = contacts.of(id).stream().map(ContactView::of).toList();
        others = organisations.list().stream().filter(o -> !o.id().equals(id)).map(o -> new Choice(o.id(), o.name())).toList();
    }

    /** Merged into the chosen one: everything moves there, this one is deleted; the page goes on to the kept one. */
    public void merge() {
        if (mergeInto == null) {
            return;
        }
        try {
            long kept = mergeInto;
            merges.merge(id, kept);
            PageParams.redirectSaying(text("organisations.merged"), "manage/organisation.xhtml?id=" + kept);
        } catch (DomainException refused) {
            FormChecks.refused(refused, "merge");
        }
    }

    public void addContact() {
        ContactDetails input = new ContactDetails(name, email, blankToNull(phone), blankToNull(role));
        if (!FormChecks.valid(validator, input, "contact")) {
            return;
        }
        try {
            contacts.add(id, input);
            done(text("organisations.contactAdded") + " " + input.name().strip());
        } catch (DomainException refused) {
            FormChecks.refused(refused, "contact");
        }
    }

    public void removeContact(long contactId) {
        act(() -> contacts.remove(id, contactId), text("organisations.contactRemoved"));
    }

    public void sendPortalLink(long contactId, boolean renew) {
        act(() -> contacts.sendPortalLinks(id, List.of(contactId), renew),
                text(renew ? "organisations.linkRenewed" : "organisations.linkSent"));
    }

    public void sendPortalLinksToAll() {
        act(() -> contacts.sendPortalLinks(id, List.of(), false), format("organisations.linksSent", contactRows.size()));
    }

    public void setActive(boolean active) {
        act(() -> organisations.setActive(id, active), text(active ? "organisations.reactivated" : "organisations.deactivated"));
    }

    private void act(Runnable action, String doneText) {
        try {
            action.run();
            done(doneText);
        } catch (DomainException refused) {
            FormChecks.refused(refused, "contact");
        }
    }

    /** Post/Redirect/Get: the message survives the redirect in the flash. */
    private void done(String message) {
        PageParams.redirectSaying(message, "manage/organisation.xhtml?id=" + id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public OrganisationView getOrganisation() { return organisation; }
    public List<Choice> getOthers() { return others; }
    public Long getMergeInto() { return mergeInto; }
    public void setMergeInto(Long v) { mergeInto = v; }
    public List<ContactView> getContacts() { return contactRows; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
}
