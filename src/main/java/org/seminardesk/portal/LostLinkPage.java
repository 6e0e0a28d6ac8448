package org.seminardesk.portal;

import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import org.seminardesk.organisation.OrganisationContacts;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.platform.web.PageParams;

/**
 * portal-link.xhtml: a contact who lost their portal link enters their address. The page answers the same
 * whether it is known or not; only a known contact gets a mail. Rate-limited (RateLimitFilter).
 */
@Named
@RequestScoped
public class LostLinkPage {

    @Inject
    OrganisationContacts contacts;

    @Inject
    Validator validator;

    private String email;

    public void request() {
        LostLinkResource.Request input = new LostLinkResource.Request(email == null ? null : email.strip());
        if (!FormChecks.valid(validator, input, "lost")) {
            return;
        }
        contacts.mailLostLink(input.email());
        PageParams.redirectSaying(text("portal.lostLinkSent"), "portal-link.xhtml");
    }

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
}
