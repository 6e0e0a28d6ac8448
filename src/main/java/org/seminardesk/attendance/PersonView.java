package org.seminardesk.attendance;

/** A person of an imported report, and who they were taken to be. */
public record PersonView(long id, long importId, String name, String email, int minutes, int rows, Long participantId,
                         String participantName, String matchedBy) implements java.io.Serializable {

    static PersonView of(ImportedPerson person) {
        return new PersonView(person.id(), person.attendanceImport().id(), person.name(), person.email(), person.minutes(),
                person.rowCount(), person.participant() == null ? null : person.participant().id(),
                person.participant() == null ? null : person.participant().name(), person.matchedBy().name());
    }
}
