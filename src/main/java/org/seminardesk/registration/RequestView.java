package org.seminardesk.registration;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.api.Times;

/** A registration request as the organisation's contact, organisers and the registrant see it. */
public record RequestView(long id, long seminarId, String seminar, String dateLabel, String westernDateLabel,
                          String organisation, String registrantName, String registrantEmail,
                          RegistrationRequest.Status status, OffsetDateTime createdAt, List<Person> participants) implements java.io.Serializable {

    public record Person(String name, String email, String accessibilityNeeds) implements java.io.Serializable {
    }

    public static RequestView of(RegistrationRequest r) {
        return new RequestView(r.id(), r.seminar().id(), r.seminar().titleJa(), r.seminar().dateLabel(), r.seminar().westernDateLabel(),
                r.organisationName(), r.registrantName(), r.registrantEmail(), r.status(), Times.inTokyo(r.createdAt()),
                r.participants().stream().map(p -> new Person(p.name(), p.email(), p.accessibilityNeeds())).toList());
    }
}
