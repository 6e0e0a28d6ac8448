package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.TokenLinkServlet;

/**
 * /p/{token}: one participant's own page. Every change ends in a redirect back to it (Post/Redirect/Get);
 * after cancelling the seat the link no longer works and the page says so.
 */
@Named
@ViewScoped
public class ParticipantPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantLinks participants;

    private String token;
    private ParticipantView participant;
    private String needs;
    private boolean needsConsent;
    private Boolean certificateAvailable;
    private String selfCheckinCode;

    @Inject
    org.seminardesk.attendance.CheckInService checkIns;

    @Inject
    org.seminardesk.certificate.CertificateService certificates;

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        participant = token == null ? null : participants.view(token).orElse(null);
        if (participant == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        } else {
            needs = participant.accessibilityNeeds();
        }
    }

    public void saveNeeds() {
        act(() -> participants.changeNeeds(token, needs, needsConsent), "participant.needsSaved", "p/" + token);
    }

    /** They now come to the venue or join online (a hybrid seminar); refused when that mode is full. */
    public void changeMode(String mode) {
        act(() -> participants.changeMode(token, org.seminardesk.seminar.AttendanceMode.valueOf(mode)), "mode.changed", "p/" + token);
    }

    public void cancelSeat() {
        act(() -> participants.cancelSeat(token), "participant.cancelled", "p/" + token);
    }

    private void act(Runnable change, String doneKey, String then) {
        try {
            change.run();
            PageParams.redirectSaying(text(doneKey), then);
        } catch (DomainException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
        }
    }

    public ParticipantView getParticipant() { return participant; }
    public String getNeeds() { return needs; }
    public void setNeeds(String v) { needs = v; }
    public boolean isNeedsConsent() { return needsConsent; }
    public void setNeedsConsent(boolean v) { needsConsent = v; }
    public String getCalendarPath() { return "/api/participants/" + token + "/calendar.ics"; }
    public String getCheckinQrPath() { return "/api/participants/" + token + "/checkin-qr.svg"; }
    public String getSelfCheckinCode() { return selfCheckinCode; }
    public void setSelfCheckinCode(String v) { selfCheckinCode = v; }

    /** The seminar's code typed from this page: each outcome said in words, the page shown afresh (or kept on an error). */
    public void selfCheckIn() {
        var answer = checkIns.selfCheckIn(token, selfCheckinCode);
        String at = answer.checkedInAt() == null ? "" : org.seminardesk.platform.JapaneseDates.moment(answer.checkedInAt(),
                org.seminardesk.platform.i18n.PageTexts.language());
        switch (answer.outcome()) {
            case CHECKED_IN -> PageParams.redirectSaying(org.seminardesk.platform.i18n.PageTexts.format("participant.checkedIn", at), "p/" + token);
            case ALREADY -> PageParams.redirectSaying(org.seminardesk.platform.i18n.PageTexts.format("participant.alreadyCheckedIn", at), "p/" + token);
            case WRONG_CODE -> FacesContext.getCurrentInstance().addMessage("selfCheckin:code", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    org.seminardesk.platform.i18n.PageTexts.format("participant.wrongCode", answer.triesLeft()), null));
            case CLOSED -> PageParams.refused(DomainException.conflict("closed").withCode("checkin.selfClosed"));
            case LOCKED -> PageParams.refused(DomainException.conflict("locked").withCode("checkin.locked"));
        }
    }

    public String getCertificatePath() {
        return "/api/participants/" + token + "/certificate.pdf?lang=" + (isEnglish() ? "en" : "ja");
    }
    public boolean isCertificateAvailable() {
        if (certificateAvailable == null) {
            certificateAvailable = token != null && certificates.availableTo(token);
        }
        return certificateAvailable;
    }
    public boolean isEnglish() {
        return "en".equals(org.seminardesk.platform.i18n.PageTexts.language().getLanguage());
    }
    public boolean isActive() {
        return participant != null && participant.status() != RegistrationStatus.CANCELLED;
    }
}
