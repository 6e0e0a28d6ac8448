package org.seminardesk.seminar;

import java.util.Set;

/** DRAFT → PUBLISHED → HELD, or CANCELLED from DRAFT or PUBLISHED; a published seminar may go back to draft. */
public enum SeminarStatus {
    DRAFT, PUBLISHED, CANCELLED, HELD;

    public boolean canBecome(SeminarStatus next) {
        return next == this || switch (this) {
            case DRAFT -> Set.of(PUBLISHED, CANCELLED, HELD).contains(next);
            case PUBLISHED -> Set.of(DRAFT, CANCELLED, HELD).contains(next);
            case CANCELLED, HELD -> false;
        };
    }
}
