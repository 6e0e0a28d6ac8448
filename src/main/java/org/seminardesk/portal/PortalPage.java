package org.seminardesk.portal;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.TokenLinkServlet;
import org.seminardesk.registration.ParticipantDetails;
import org.seminardesk.registration.PersonRow;
import org.seminardesk.question.AskedOnForm;
import org.seminardesk.question.QuestionService;
import org.seminardesk.registration.RegistrationInput;

/**
 * /o/{token}: a contact's portal. The token stays in the view state; every action ends in a redirect
 * (Post/Redirect/Get) back to the portal or on to the page a fresh link opens.
 */
@Named
@ViewScoped
public class PortalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalService portal;

    @Inject
    Validator validator;

    private String token;
    private PortalView view;
    private Long chosenSeminar;
    private final List<PersonRow> rows = new ArrayList<>(List.of(new PersonRow()));
    private boolean consent;
    private boolean needsConsent;

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        try {
            view = token == null ? null : portal.view(token);
        } catch (DomainException unknown) {
            view = null;
        }
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        // "Register staff" is a link, /o/{token}?seminar=5: Back after registering opens the form again, no post
        PageParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("seminar"))
                .filter(seminar -> offer(seminar) != null)
                .ifPresent(this::choose);
    }

    /** The seminar to register staff for: its questions are asked of the registration and of each person. */
    private void choose(long seminarId) {
        chosenSeminar = seminarId;
        asked = AskedOnForm.of(questions.of(seminarId));
        rows.forEach(row -> row.asking(asked.ofEachPerson()));
    }

    public void addRow() {
        if (rows.size() < 50) {
            rows.add(new PersonRow().asking(asked.ofEachPerson()));
        }
    }

    @Inject
    QuestionService questions;

    private AskedOnForm asked = AskedOnForm.NOTHING;

    public AskedOnForm getAsked() {
        return asked;
    }

    public void register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean valid = true;
        if (!consent) {
            faces.addMessage("register:consent", new FacesMessage(FacesMessage.SEVERITY_ERROR, text("portal.consentNeeded"), null));
            valid = false;
        }
        List<ParticipantDetails> people = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PersonRow row = rows.get(i);
            if (row.isEmpty() && i > 0) {
                continue; // an empty extra row is no person
            }
            RegistrationInput.ParticipantInput input = row.input();
            valid &= FormChecks.valid(validator, input, "register:rows:" + i);
            valid &= row.modeChosen(getChosenOffer() != null && getChosenOffer().modeChoice(), "register:rows:" + i + ":mode");
            people.add(RegistrationInput.person(input));
        }
        if (!valid) {
            faces.validationFailed();
            return;
        }
        try {
            portal.register(token, chosenSeminar, people, needsConsent, asked.ownInputs());
            backToPortal(text("portal.registered"));
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
            faces.validationFailed();
        }
    }

    public void decide(long requestId, boolean approve) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            portal.decide(token, requestId, approve);
            backToPortal(text(approve ? "portal.approved" : "portal.declined"));
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
        }
    }

    public void openRegistration(long registrationId) {
        open(() -> "r/" + portal.registrationToken(token, registrationId));
    }

    public void openSurvey(long surveyId) {
        open(() -> "s/" + portal.surveyToken(token, surveyId));
    }

    public void openMeeting(long meetingId) {
        open(() -> "w/" + portal.meetingToken(token, meetingId));
    }

    /** On to the page of a freshly issued link (the contact's own registration, survey or reply). */
    private void open(Supplier<String> path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PageParams.redirectSaying(null, path.get());
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
        }
    }

    private void backToPortal(String message) {
        PageParams.redirectSaying(message, "o/" + token);
    }

    /** The portal's own address, "o/{token}", for links that open it with a seminar chosen. */
    public String getPath() { return "o/" + token; }
    public PortalView getView() { return view; }
    public Long getChosenSeminar() { return chosenSeminar; }
    public PortalView.Offer getChosenOffer() {
        return view == null || chosenSeminar == null ? null : offer(chosenSeminar);
    }

    /** The link's organisation's open seminar with this id, or null: another id chooses nothing. */
    private PortalView.Offer offer(long seminarId) {
        return view.openSeminars().stream().filter(o -> o.seminarId() == seminarId).findFirst().orElse(null);
    }
    public List<PersonRow> getRows() { return rows; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean v) { consent = v; }
    public boolean isNeedsConsent() { return needsConsent; }
    public void setNeedsConsent(boolean v) { needsConsent = v; }
    public boolean isEnglish() {
        return "en".equals(org.seminardesk.platform.i18n.PageTexts.language().getLanguage());
    }
}
