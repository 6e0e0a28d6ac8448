package org.seminardesk.mail;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every mail the platform writes, with the placeholders its template may use. Rendering refuses a value under a
 * name the kind does not declare (a misspelled key) and a required name left out; MailKindsTest renders every
 * kind in both languages and refuses a template that uses an undeclared name.
 * <p>
 * Optional placeholders stand alone on their template lines inside a section ({{#venue}} … {{/venue}}), so a
 * fact that does not apply takes its line with it.
 */
public enum MailKind {

    REGISTRATION_CONFIRMED("registration-confirmed", Placeholders.PARTICIPANT),
    REGISTRATION_WAITLISTED("registration-waitlisted", Placeholders.PARTICIPANT),
    REGISTRATION_PROMOTED("registration-promoted", Placeholders.PARTICIPANT),
    REGISTRATION_CANCELLED("registration-cancelled", Placeholders.PARTICIPANT),
    REGISTRATION_LINK_RENEWED("registration-link-renewed", Placeholders.PARTICIPANT),
    ATTENDANCE_MODE_CHANGED("attendance-mode-changed", Placeholders.PARTICIPANT),
    SEMINAR_CHANGED("seminar-changed", Placeholders.PARTICIPANT),
    SEMINAR_CANCELLED("seminar-cancelled", Placeholders.PARTICIPANT),
    SEMINAR_REMINDER("seminar-reminder", Placeholders.PARTICIPANT),
    ONLINE_LINK("online-link", Placeholders.PARTICIPANT),
    CERTIFICATE_READY("certificate-ready", Placeholders.PARTICIPANT),
    MATERIAL_ADDED("material-added", Placeholders.PARTICIPANT.and(Set.of("material"), Set.of())),
    FEEDBACK("feedback", Placeholders.PARTICIPANT.and(Set.of("title", "deadline", "answerUrl"),
            Set.of("intro", "reminder", "anonymousNote"))),
    PARTICIPANT_CHANGED("participant-changed", Placeholders.of(Set.of("name", "participant", "what", "seminar", "when"), Set.of())),
    PORTAL_LINK("portal-link", Placeholders.of(Set.of("name", "organisation", "portalUrl"), Set.of())),
    REGISTRATION_REQUEST("registration-request", Placeholders.REQUEST.and(Set.of("confirmUrl"), Set.of())),
    REGISTRATION_ACCEPTED("registration-accepted", Placeholders.REQUEST.and(Set.of(), Set.of("manageUrl"))),
    REGISTRATION_APPROVAL("registration-approval", Placeholders.REQUEST.and(Set.of("portalUrl"), Set.of("contact"))),
    REGISTRATION_APPROVED("registration-approved", Placeholders.REQUEST),
    REGISTRATION_DECLINED("registration-declined", Placeholders.REQUEST),
    ANNOUNCEMENT("announcement", Placeholders.of(Set.of("subject", "body", "organisation", "name"), Set.of())),
    SURVEY("survey", Placeholders.of(Set.of("organisation", "title", "deadline", "answerUrl"), Set.of("intro"))),
    WRITTEN_CONSULTATION("written-consultation", Placeholders.of(
            Set.of("organisation", "title", "date", "deadline", "replyUrl"), Set.of("agenda")));

    /** What a kind's template may use: required names must be given (their value may be empty), optional ones may be left out. */
    public record Placeholders(Set<String> required, Set<String> optional) {

        /** What every mail to a participant carries (ParticipantMail), and the reason a cancellation gives. */
        static final Placeholders PARTICIPANT = of(Set.of("name", "organisation", "seminar", "when", "manageUrl"),
                Set.of("venue", "mode", "needs", "answers", "checkinCode", "checkinQrHtml", "onlineLink", "onlineLinkFrom", "reason"));

        /** A registration request's facts (RegistrationRequests). */
        static final Placeholders REQUEST = of(Set.of("name", "organisation", "seminar", "when", "people", "until"), Set.of());

        static Placeholders of(Set<String> required, Set<String> optional) {
            return new Placeholders(Set.copyOf(required), Set.copyOf(optional));
        }

        Placeholders and(Set<String> moreRequired, Set<String> moreOptional) {
            return of(union(required, moreRequired), union(optional, moreOptional));
        }

        public boolean declares(String name) {
            return required.contains(name) || optional.contains(name);
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }
    }

    private static final Map<String, MailKind> BY_TEMPLATE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MailKind::template, Function.identity()));

    private final String template;
    private final Placeholders placeholders;

    MailKind(String template, Placeholders placeholders) {
        this.template = template;
        this.placeholders = placeholders;
    }

    /** The template's name: src/main/resources/mail/{template}_{language}.txt and .html; also the outbox row's kind. */
    public String template() {
        return template;
    }

    public Placeholders placeholders() {
        return placeholders;
    }

    public static MailKind named(String template) {
        MailKind kind = BY_TEMPLATE.get(template);
        if (kind == null) {
            throw new IllegalArgumentException("No mail kind " + template);
        }
        return kind;
    }

    /**
     * The names among values that this kind does not declare, and the required ones missing: both are mistakes in
     * the code that writes the mail, never in what a person typed.
     */
    public void check(Set<String> given) {
        Set<String> unknown = given.stream().filter(name -> !placeholders.declares(name)).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> missing = placeholders.required.stream().filter(name -> !given.contains(name))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new IllegalArgumentException("Mail " + template + ": unknown placeholders " + unknown + ", missing " + missing);
        }
    }

    static Stream<MailKind> all() {
        return Arrays.stream(values());
    }
}
