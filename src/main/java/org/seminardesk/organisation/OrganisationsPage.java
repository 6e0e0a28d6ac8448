package org.seminardesk.organisation;

import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Set;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.EntityTable;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.platform.web.LazyTable;

/**
 * manage/organisations.xhtml (organisers): member organisations in a lazy table (sorted and filtered in the
 * database), and a form to add one or edit the one chosen in the table.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final EntityTable.Columns COLUMNS = new EntityTable.Columns(
            Set.of("name", "facilityType", "email"), Set.of("name", "facilityType", "email"), "name");

    @Inject
    EntityTable table;

    @Inject
    OrganisationService organisations;

    @Inject
    Validator validator;

    private LazyTable<Organisation, OrganisationView> rows;
    private Long editing;
    private String name;
    private FacilityType facilityType = FacilityType.EMPLOYMENT_TRANSITION;
    private String contactPerson;
    private String email;
    private String phone;
    private String preferredLanguage = "ja";
    private String postalAddress;

    @PostConstruct
    void init() {
        rows = new LazyTable<>(table, Organisation.class, COLUMNS, OrganisationView::of, OrganisationView::id);
    }

    public void edit(long id) {
        OrganisationView o = organisations.find(id).map(OrganisationView::of)
                .orElseThrow(() -> DomainException.notFound("Organisation", id));
        editing = o.id();
        name = o.name();
        facilityType = o.facilityType();
        contactPerson = o.contactPerson();
        email = o.email();
        phone = o.phone();
        preferredLanguage = o.preferredLanguage();
        postalAddress = o.postalAddress();
    }

    public void startNew() {
        editing = null;
        name = null;
        contactPerson = null;
        email = null;
        phone = null;
        preferredLanguage = "ja";
        postalAddress = null;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        OrganisationInput input = new OrganisationInput(blankToNull(name), facilityType, blankToNull(contactPerson),
                blankToNull(email), blankToNull(phone), preferredLanguage, blankToNull(postalAddress));
        if (!FormChecks.valid(validator, input, "form")) {
            return;
        }
        try {
            Organisation saved = editing == null ? organisations.create(input.details()) : organisations.update(editing, input.details());
            org.seminardesk.platform.web.PageParams.reloadSaying(text("organisations.saved") + " " + saved.name());
        } catch (DomainException refused) {
            FormChecks.refused(refused, "form");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LazyTable<Organisation, OrganisationView> getRows() {
        return rows;
    }

    public FacilityType[] getFacilityTypes() {
        return FacilityType.values();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public FacilityType getFacilityType() { return facilityType; }
    public void setFacilityType(FacilityType v) { facilityType = v; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String v) { contactPerson = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String v) { preferredLanguage = v; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String v) { postalAddress = v; }
}
