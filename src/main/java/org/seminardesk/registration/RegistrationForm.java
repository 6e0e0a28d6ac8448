package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.seminardesk.question.AskedOnForm;
import org.seminardesk.question.QuestionService;
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
 * The public registration form (register.xhtml?seminar=…), for anyone without a portal link: the registrant's
 * own name and address, their organisation (a member, or any other by name) and the participants, one row
 * each. Rows are checked on submit, each error next to its field; on success the registrant is told to confirm
 * through the mailed link (RegistrationRequests), and nothing else happens yet.
 */
@Named
@ViewScoped
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public record OrganisationChoice(long id, String name) implements Serializable {
    }

    @Inject
    RegistrationRequests requests;

    @Inject
    SeminarService seminars;

    @Inject
    OrganisationService organisations;

    @Inject
    Validator validator;

    @Inject
    QuestionService questions;

    private AskedOnForm asked = AskedOnForm.NOTHING;

    public AskedOnForm getAsked() {
        return asked;
    }

    private String seminarParam;
    private SeminarView seminar;
    private List<OrganisationChoice> organisationChoices;
    private Long organisationId;
    private String organisationName;
    private String registrantName;
    private String registrantEmail;
    /** The privacy notice agreed to: required, as privacyConsent is in the API. */
    private boolean consent;
    private boolean needsConsent;
    private final List<PersonRow> rows = new ArrayList<>(List.of(new PersonRow()));

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
        asked = AskedOnForm.of(questions.of(seminar.id()));
        rows.forEach(row -> row.asking(asked.ofEachPerson()));
        organisationChoices = organisations.active().stream()
                .map(o -> new OrganisationChoice(o.id(), o.name())).toList();
    }

    public void addRow() {
        if (rows.size() < Registration.MAX_PARTICIPANTS) {
            rows.add(new PersonRow().asking(asked.ofEachPerson()));
        }
    }

    public void removeRow(int index) {
        if (rows.size() > 1 && index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** The organisation choice that stands for "not a member": the registrant types its name. */
    public static final long OTHER_ORGANISATION = -1;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean other = organisationId != null && organisationId == OTHER_ORGANISATION;
        boolean valid = true;
        if (organisationId == null || other && (organisationName == null || organisationName.isBlank())) {
            faces.addMessage(other ? "form:organisationName" : "form:organisation", error(text("register.chooseOrganisation")));
            valid = false;
        }
        if (!consent) {
            faces.addMessage("form:consent", error(text("register.consentNeeded")));
            valid = false;
        }
        RequestInput.Registrant registrant = new RequestInput.Registrant(strip(registrantName), strip(registrantEmail));
        valid &= FormChecks.valid(validator, registrant, "form:registrant");
        List<RegistrationInput.ParticipantInput> people = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RegistrationInput.ParticipantInput input = rows.get(i).input();
            valid &= FormChecks.valid(validator, input, "form:rows:" + i);
            valid &= rows.get(i).modeChosen(seminar.modes() != null, "form:rows:" + i + ":mode");
            people.add(input);
        }
        if (!valid) {
            faces.validationFailed();
            return;
        }
        try {
            requests.submit(new RequestInput(true, needsConsent, seminar.id(), other ? null : organisationId,
                    other ? organisationName.strip() : null, registrant, people,
                    org.seminardesk.platform.i18n.PageTexts.language().getLanguage(), asked.ownInputs()));
            RegistrationConfirmation.show(RegistrationConfirmation.Notice.MAIL_SENT, seminar.id());
        } catch (DomainException refused) {
            faces.addMessage(null, error(refusal(refused)));
            faces.validationFailed();
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }


    public boolean isConsent() {
        return consent;
    }

    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String v) { organisationName = v; }
    public String getRegistrantName() { return registrantName; }
    public void setRegistrantName(String v) { registrantName = v; }
    public String getRegistrantEmail() { return registrantEmail; }
    public void setRegistrantEmail(String v) { registrantEmail = v; }
    public long getOtherOrganisation() { return OTHER_ORGANISATION; }

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

    public List<PersonRow> getRows() {
        return rows;
    }

    public boolean isRoomForMoreRows() {
        return rows.size() < Registration.MAX_PARTICIPANTS;
    }
}
