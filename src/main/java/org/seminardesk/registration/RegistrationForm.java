package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.seminardesk.organisation.OrganisationService;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.seminar.SeminarService;
import org.seminardesk.seminar.SeminarView;

/**
 * The public registration form (register.xhtml?seminar=…): a member organisation names its participants, one
 * row each, adding and removing rows as it goes. Rows are checked on submit (not while adding rows), each
 * error next to its field; on success the confirmation page shows the result and the self-service link.
 */
@Named
@ViewScoped
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A participant row as typed; checked with the API's rules when submitted. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String email;
        private String needs;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getNeeds() {
            return needs;
        }

        public void setNeeds(String needs) {
            this.needs = needs;
        }

        RegistrationInput.ParticipantInput input() {
            return new RegistrationInput.ParticipantInput(strip(name), strip(email), strip(needs));
        }

        private static String strip(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public record OrganisationChoice(long id, String name) implements Serializable {
    }

    @Inject
    RegistrationService registrations;

    @Inject
    SeminarService seminars;

    @Inject
    OrganisationService organisations;

    @Inject
    Validator validator;

    private String seminarParam;
    private SeminarView seminar;
    private List<OrganisationChoice> organisationChoices;
    private Long organisationId;
    /** The privacy notice agreed to: required, as privacyConsent is in the API. */
    private boolean consent;
    private boolean needsConsent;
    private final List<Row> rows = new ArrayList<>(List.of(new Row()));

    /** f:viewAction: an unknown, draft or closed seminar shows a notice instead of the form. */
    public void load() {
        if (seminar != null) {
            return;
        }
        try {
            seminar = seminars.openForRegistration(Long.parseLong(seminarParam)).orElse(null);
        } catch (NumberFormatException e) {
            seminar = null;
        }
        if (seminar == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        organisationChoices = organisations.list().stream()
                .map(o -> new OrganisationChoice(o.id(), o.name())).toList();
    }

    public void addRow() {
        if (rows.size() < Registration.MAX_PARTICIPANTS) {
            rows.add(new Row());
        }
    }

    public void removeRow(int index) {
        if (rows.size() > 1 && index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean valid = organisationId != null;
        if (!valid) {
            faces.addMessage("form:organisation", error(text("register.chooseOrganisation")));
        }
        if (!consent) {
            faces.addMessage("form:consent", error(text("register.consentNeeded")));
            valid = false;
        }
        List<ParticipantDetails> people = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RegistrationInput.ParticipantInput input = rows.get(i).input();
            valid &= FormChecks.valid(validator, input, "form:rows:" + i);
            people.add(RegistrationInput.person(input));
        }
        if (!valid) {
            faces.validationFailed();
            return;
        }
        try {
            RegistrationService.Registered registered = registrations.register(seminar.id(), organisationId, people,
                    Consent.of(Consent.GivenBy.REGISTRANT, needsConsent));
            faces.getExternalContext().getFlash().put(RegistrationConfirmation.FLASH_TOKEN, registered.tokenValue());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/registered.xhtml");
        } catch (DomainException refused) {
            faces.addMessage(null, error(refusal(refused)));
            faces.validationFailed();
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }


    public boolean isConsent() {
        return consent;
    }

    public boolean isNeedsConsent() {
        return needsConsent;
    }

    public void setNeedsConsent(boolean needsConsent) {
        this.needsConsent = needsConsent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getSeminarParam() {
        return seminarParam;
    }

    public void setSeminarParam(String seminarParam) {
        this.seminarParam = seminarParam;
    }

    public SeminarView getSeminar() {
        return seminar;
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

    public List<Row> getRows() {
        return rows;
    }

    public boolean isRoomForMoreRows() {
        return rows.size() < Registration.MAX_PARTICIPANTS;
    }
}
