package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.TokenLinkServlet;

/**
 * The self-service page (/r/{token}): the organisation sees its registration, adds or removes people and
 * cancels. Each change is one service transaction; the token stays in the server-side view state, and every
 * change ends in a redirect back to the link.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    private String token;
    private RegistrationView registration;

    @Inject
    jakarta.validation.Validator validator;

    /** The person being added and the one being corrected, checked as the API checks a person. */
    private final PersonRow add = new PersonRow();
    private final PersonRow edit = new PersonRow();

    private boolean newNeedsConsent;

    public boolean isNeedsConsent() {
        return newNeedsConsent;
    }

    public void setNeedsConsent(boolean v) {
        newNeedsConsent = v;
    }

    @Size(max = 500)
    private String cancelReason;

    @Inject
    org.seminardesk.question.QuestionService questions;

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        refresh();
        if (registration == null) {
            PageParams.notFound();
            return;
        }
        org.seminardesk.question.Questions asked = questions.of(registration.seminar().id());
        add.asking(org.seminardesk.question.QuestionView.blank(asked.ofParticipant()));
        showAnswers(asked);
        PageParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("edit"))
                .flatMap(id -> registration.participants().stream().filter(p -> p.id() == id).findFirst())
                .ifPresent(p -> {
                    editing = p.id();
                    edit.setName(p.name());
                    edit.setEmail(p.email());
                    edit.setNeeds(p.accessibilityNeeds());
                    edit.setMode(p.mode());
                    edit.asking(asked.ofParticipant(), p.answers());
                });
    }

    public void addParticipant() {
        RegistrationInput.ParticipantInput person = add.input();
        if (!FormChecks.valid(validator, person, "add") | !add.modeChosen(registration.seminar().modeChoice(), "add:mode")) {
            return;
        }
        act(() -> registrations.addParticipant(token, RegistrationInput.person(person),
                Consent.of(Consent.GivenBy.LINK_HOLDER, newNeedsConsent)), "self.added");
    }

    /** By the person's id, never reused: a repeated request finds nobody instead of removing the next person. */
    public void removeParticipant(long participantId) {
        act(() -> registrations.removeParticipant(token, participantId), "self.removed");
    }

    public void cancel() {
        act(() -> registrations.cancel(token, cancelReason), "self.cancelled");
    }

    /** The question the browser asks before removing someone, naming them. */
    public String removeQuestion(String name) {
        return PageTexts.format("self.removeConfirm", name);
    }

    /** This page's own address (/r/{token}); "?edit={id}" opens one person's form. */
    public String getSelfPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/r/" + token;
    }

    private Long editing;
    private boolean editNeedsConsent;

    public void saveEdit() {
        if (editing == null) {
            return;
        }
        long participantId = editing;
        RegistrationInput.ParticipantInput person = edit.input();
        if (!FormChecks.valid(validator, person, "edit") | !edit.modeChosen(registration.seminar().modeChoice(), "edit:mode")) {
            return;
        }
        act(() -> registrations.replaceParticipant(token, participantId, RegistrationInput.person(person),
                Consent.of(Consent.GivenBy.LINK_HOLDER, editNeedsConsent)), "self.replaced");
    }

    public Long getEditing() { return editing; }
    public PersonRow getEdit() { return edit; }
    public PersonRow getAdd() { return add; }
    public boolean isEditNeedsConsent() { return editNeedsConsent; }
    public void setEditNeedsConsent(boolean v) { editNeedsConsent = v; }

    /** Post/Redirect/Get: a change done sends the browser back to /r/{token}, so refresh and Back never repeat it. */
    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            PageParams.redirectSaying(text(doneKey), "r/" + token);
        } catch (DomainException refused) {
            PageParams.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
            refresh();
        }
    }

    /** The group's answers as "question：answer" lines, its own and each person's (by id). */
    private java.util.List<String> ownAnswers = java.util.List.of();
    private final java.util.HashMap<Long, java.util.List<String>> personAnswers = new java.util.HashMap<>();

    private void showAnswers(org.seminardesk.question.Questions asked) {
        java.util.List<String> yesNo = java.util.List.of(text("question.yes"), text("question.no"));
        ownAnswers = asked.lines(registration.answers(), yesNo);
        registration.participants().forEach(p -> personAnswers.put(p.id(), asked.lines(p.answers(), yesNo)));
    }

    /** Whether the seminar asks each participant something (the table shows their answers). */
    public boolean isAsksPeople() {
        return !add.getQuestions().isEmpty();
    }

    public java.util.List<String> getOwnAnswers() {
        return ownAnswers;
    }

    public java.util.List<String> answersOf(long participantId) {
        return personAnswers.getOrDefault(participantId, java.util.List.of());
    }

    private void refresh() {
        registration = token == null ? null : registrations.view(token).orElse(null);
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public boolean isConfirmed() {
        return registration != null && registration.status() == RegistrationStatus.CONFIRMED;
    }

    public boolean isActive() {
        return registration != null && registration.status() != RegistrationStatus.CANCELLED;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
