package org.seminardesk.probono;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import org.seminardesk.organisation.OrganisationService;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.platform.web.PageParams;

/** probono.xhtml (public): a member facility registers a need; a professional or company offers help. */
@Named
@ViewScoped
public class ProBonoForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProBonoService probono;

    @Inject
    OrganisationService organisations;

    @Inject
    Validator validator;

    /** A member organisation by name only: the public page shows no contact details. */
    public record OrganisationChoice(long id, String name) implements Serializable {
    }

    private List<OrganisationChoice> organisationChoices = List.of();
    private Long organisationId;
    private String contactName;
    private String contactEmail;
    private String title;
    private String description;
    private String offerName;
    private String affiliation;
    private String offerEmail;
    private String skills;

    @PostConstruct
    void load() {
        organisationChoices = organisations.active().stream().map(o -> new OrganisationChoice(o.id(), o.name())).toList();
    }

    public void registerNeed() {
        ProBonoInputs.Need need = new ProBonoInputs.Need(organisationId, contactName, contactEmail, title, description);
        if (!FormChecks.valid(validator, need, "need")) {
            return;
        }
        try {
            probono.registerNeed(need);
            PageParams.reloadSaying(org.seminardesk.platform.i18n.PageTexts.text("probono.needThanks"));
        } catch (DomainException refused) {
            FormChecks.refused(refused, "need");
        }
    }

    public void registerOffer() {
        ProBonoInputs.Offer offer = new ProBonoInputs.Offer(offerName, affiliation, offerEmail, skills);
        if (!FormChecks.valid(validator, offer, "offer")) {
            return;
        }
        probono.registerOffer(offer);
        PageParams.reloadSaying(org.seminardesk.platform.i18n.PageTexts.text("probono.offerThanks"));
    }

    public List<OrganisationChoice> getOrganisationChoices() {
        return organisationChoices;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOfferName() {
        return offerName;
    }

    public void setOfferName(String offerName) {
        this.offerName = offerName;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getOfferEmail() {
        return offerEmail;
    }

    public void setOfferEmail(String offerEmail) {
        this.offerEmail = offerEmail;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }
}
