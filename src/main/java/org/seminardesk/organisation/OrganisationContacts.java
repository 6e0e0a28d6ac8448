package org.seminardesk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seminardesk.mail.MailLink;
import org.seminardesk.mail.Notifications;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.EmailAddress;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.security.audit.Audited;

/**
 * The contact persons of member organisations and their private portal links (/o/): organisers keep the
 * contacts and send or renew the links; a contact who lost theirs asks for it again by address.
 */
@ApplicationScoped
@Transactional
public class OrganisationContacts {

    static final String PORTAL_MAIL = "portal-link";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccessLinks accessLinks;

    @Inject
    Notifications notifications;

    public List<OrganisationContact> of(long organisationId) {
        organisation(organisationId);
        return em.createNamedQuery("OrganisationContact.findForOrganisation", OrganisationContact.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    public Optional<OrganisationContact> find(long contactId) {
        return Optional.ofNullable(em.find(OrganisationContact.class, contactId));
    }

    @Audited("organisation")
    public OrganisationContact add(long organisationId, ContactDetails details) {
        Organisation organisation = organisation(organisationId);
        requireUnique(organisationId, details.email(), null);
        OrganisationContact contact = new OrganisationContact(organisation, details, clock.instant());
        em.persist(contact);
        return contact;
    }

    @Audited("organisation")
    public OrganisationContact update(long organisationId, long contactId, ContactDetails details) {
        OrganisationContact contact = contact(organisationId, contactId);
        requireUnique(organisationId, details.email(), contact.id());
        contact.update(details);
        return contact;
    }

    /** A contact who left: their portal links stop working at once. */
    @Audited("organisation")
    public void remove(long organisationId, long contactId) {
        OrganisationContact contact = contact(organisationId, contactId);
        accessLinks.revokeAll(LinkPurpose.PORTAL, contact.id());
        em.remove(contact);
    }

    /**
     * Mails each chosen contact of the organisation (all when none are chosen) their portal link. renew: every
     * earlier link of theirs stops working first (a link forwarded too widely). Returns how many were mailed.
     */
    @Audited("organisation")
    public int sendPortalLinks(long organisationId, Collection<Long> contactIds, boolean renew) {
        Organisation organisation = organisation(organisationId);
        if (!organisation.active()) {
            throw DomainException.conflict("The organisation is deactivated").withCode("organisation.inactive");
        }
        List<OrganisationContact> chosen = of(organisationId).stream()
                .filter(c -> contactIds == null || contactIds.isEmpty() || contactIds.contains(c.id())).toList();
        if (chosen.isEmpty()) {
            throw DomainException.invalid("contactIds", "The organisation has no such contact to send a link to")
                    .withCode("organisation.noContact");
        }
        for (OrganisationContact contact : chosen) {
            if (renew) {
                accessLinks.revokeAll(LinkPurpose.PORTAL, contact.id());
            }
            mailPortalLink(contact);
        }
        return chosen.size();
    }

    /**
     * A contact who lost their link asks for it by address: each active contact with that address gets a mail;
     * nobody else learns whether the address is known (the caller answers the same either way).
     */
    public void mailLostLink(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        em.createNamedQuery("OrganisationContact.findActiveByEmail", OrganisationContact.class)
                .setParameter("email", EmailAddress.normalise(email)).getResultList()
                .forEach(this::mailPortalLink);
    }

    private void mailPortalLink(OrganisationContact contact) {
        Organisation organisation = contact.organisation();
        notifications.send(PORTAL_MAIL, contact.email(), organisation.language(), Map.of(
                "name", contact.name(), "organisation", organisation.name(), "portalUrl", AccessLinks.MAIL_LINK),
                null, new MailLink(LinkPurpose.PORTAL, contact.id()));
    }

    private void requireUnique(long organisationId, String email, Long self) {
        if (email == null) {
            return;
        }
        String normalised = EmailAddress.normalise(email);
        of(organisationId).stream().filter(c -> c.email().equals(normalised) && !c.id().equals(self)).findAny()
                .ifPresent(c -> {
                    throw new DomainException(DomainException.Kind.CONFLICT, "email",
                            "This organisation already has a contact with " + normalised).withCode("organisation.contactTaken", normalised);
                });
    }

    private OrganisationContact contact(long organisationId, long contactId) {
        return find(contactId).filter(c -> c.organisation().id() == organisationId)
                .orElseThrow(() -> DomainException.notFound("Contact", contactId));
    }

    private Organisation organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id)).orElseThrow(() -> DomainException.notFound("Organisation", id));
    }
}
