package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.seminardesk.platform.QrCode;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.platform.link.AccessLinks;

/**
 * The facts every mail to a participant carries: who, which seminar and when (era date in Japanese, Western
 * date in Japan time in English), where, their needs, the self-service link (a placeholder: the token is
 * issued as the mail is sent, see {@link #link}), and the online link only for a confirmed registration once it is released (until then: when it comes).
 */
@ApplicationScoped
public class ParticipantMail {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.inject.Inject
    org.seminardesk.question.QuestionService questions;

    public Map<String, String> values(Registration registration, Participant person) {
        Seminar seminar = registration.seminar();
        Locale language = registration.organisation().language();
        Map<String, String> values = new HashMap<>();
        values.put("name", person.name());
        values.put("organisation", registration.organisation().name());
        values.put("seminar", seminar.titleFor(language));
        values.put("when", language.getLanguage().equals("en") ? seminar.westernDateLabel() : seminar.dateLabel());
        values.put("venue", seminar.venueFor(person.mode()));
        if (seminar.asksForMode() && person.mode() != null) {
            values.put("mode", org.seminardesk.platform.i18n.PageTexts.text("AttendanceMode." + person.mode(), language));
        }
        values.put("needs", person.accessibilityNeeds());
        if (!person.answers().isEmpty()) { // most people answer nothing: no query for them
            List<String> answers = questions.of(seminar.id()).lines(person.answers(), List.of(
                    PageTexts.text("question.yes", language), PageTexts.text("question.no", language)));
            values.put("answers", answers.isEmpty() ? null : String.join(" / ", answers));
        }
        values.put("manageUrl", AccessLinks.MAIL_LINK);
        if (registration.status() == RegistrationStatus.CONFIRMED && seminar.atVenueFor(person.mode()) && person.checkinCode() != null) {
            values.put("checkinCode", person.checkinCode());
            values.put("checkinQrHtml", QrCode.inMail(person.checkinCode()));
        }
        boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
        values.put("onlineLink", seminar.onlineLinkFor(person.mode(), confirmed, clock.instant()));
        java.time.Instant linkComes = seminar.onlineLinkComesAt(person.mode(), confirmed, clock.instant());
        if (linkComes != null) {
            values.put("onlineLinkFrom", org.seminardesk.platform.JapaneseDates.moment(linkComes, language));
        }
        return values;
    }

    /** Where a participant's mail goes: their own address, else the registration's contact; null when neither. */
    public static String recipient(Registration registration, Participant person) {
        return person.email() != null ? person.email() : registration.contactEmail();
    }

    /** The private link these values stand for: the person's own page, showing nobody else. */
    public static MailLink link(Participant person) {
        // a person no longer in the registration (replaced) has no page to link to
        return person.id() == null ? null : new MailLink(org.seminardesk.platform.link.LinkPurpose.PARTICIPANT, person.id());
    }
}
