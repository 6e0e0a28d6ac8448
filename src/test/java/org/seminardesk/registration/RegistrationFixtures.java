package org.seminardesk.registration;

import static org.seminardesk.seminar.SeminarFixtures.BEFORE;

import java.util.List;
import java.util.stream.IntStream;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.organisation.OrganisationDetails;
import org.seminardesk.seminar.Seminar;

/** Registrations for unit tests: one organisation registering n people ten days before the seminar. */
final class RegistrationFixtures {

    static final Organisation ORGANISATION =
            new Organisation(new OrganisationDetails("ガーデン", FacilityType.CONTINUATION_B, null, null, null));

    private RegistrationFixtures() {
    }

    static List<ParticipantDetails> people(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ParticipantDetails("参加者" + i, "p" + i + "@example.org", null)).toList();
    }

    static Registration register(Seminar seminar, int count) {
        return new Registration(seminar, ORGANISATION, people(count), BEFORE);
    }
}
