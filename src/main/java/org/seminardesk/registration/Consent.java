package org.seminardesk.registration;

import java.util.List;
import org.seminardesk.platform.DomainException;

/**
 * The consent that comes with registering people: who gives it, and whether those with accessibility needs
 * (要配慮個人情報 under APPI: disability-related) explicitly agreed to their use. Needs are not taken without
 * that second, explicit consent. Recorded as a ConsentRecord with the version of the privacy notice.
 */
public record Consent(GivenBy givenBy, String giverName, String giverEmail, boolean needsConsent) implements java.io.Serializable {

    /** Whose word it is: the public registrant, an organisation's contact (attesting for staff), a link holder. */
    public enum GivenBy { REGISTRANT, CONTACT, LINK_HOLDER, ORGANISER }

    /** The version of /privacy.xhtml people agree to; change it whenever the notice changes. */
    public static final String NOTICE_VERSION = "2026-12-04";

    public static Consent of(GivenBy givenBy, boolean needsConsent) {
        return new Consent(givenBy, null, null, needsConsent);
    }

    /** Refuses people with needs unless their explicit consent to the needs' use was given. */
    public void requireFor(List<ParticipantDetails> people) {
        boolean anyNeeds = people.stream().anyMatch(p -> p != null && p.accessibilityNeeds() != null && !p.accessibilityNeeds().isBlank());
        if (anyNeeds && !needsConsent) {
            throw DomainException.invalid("needsConsent", "Accessibility needs are special-care personal data: they are "
                    + "taken only with the explicit consent of the people concerned (needsConsent: true)").withCode("registration.needsConsent");
        }
    }
}
