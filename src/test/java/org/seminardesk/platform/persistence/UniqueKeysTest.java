package org.seminardesk.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    private static final String KEY = "uq_registration_active_organisation";

    @Test
    void findsTheKeyAsPostgreSqlNamesIt() {
        SQLException refused = new SQLException("ERROR: duplicate key value violates unique constraint \"" + KEY + "\"", "23505");
        assertTrue(UniqueKeys.violated(new PersistenceException(new ConstraintViolationException("insert", refused, "insert into registration", KEY)), KEY));
    }

    @Test
    void findsTheKeyInsideH2sTextWhenNoNameWasExtracted() {
        SQLException refused = new SQLException("Unique index or primary key violation: \"PUBLIC.UQ_REGISTRATION_ACTIVE_ORGANISATION_INDEX_B "
                + "ON PUBLIC.REGISTRATION(SEMINAR_ID NULLS FIRST, ACTIVE_ORGANISATION_ID NULLS FIRST) VALUES ( /* 1 */ 5, 7 )\"", "23505");
        assertTrue(UniqueKeys.violated(new ConstraintViolationException("insert", refused, "insert into registration", null), KEY));
    }

    @Test
    void anotherKeyOrAnotherFailureIsNotIt() {
        SQLException other = new SQLException("duplicate key value violates unique constraint \"uq_participant_checkin_code\"", "23505");
        assertFalse(UniqueKeys.violated(new ConstraintViolationException("insert", other, "insert", "uq_participant_checkin_code"), KEY));
        assertFalse(UniqueKeys.violated(new PersistenceException("connection lost"), KEY));
    }

    @Test
    void anyUniqueKeyIsRecognisedByItsSqlState() {
        SQLException refused = new SQLException("duplicate key value violates unique constraint \"uq_participant_checkin_code\"", "23505");
        assertTrue(UniqueKeys.violated(new PersistenceException(new ConstraintViolationException("insert", refused, "insert", null))));
        assertFalse(UniqueKeys.violated(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
    }
}
