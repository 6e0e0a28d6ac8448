package org.seminardesk.security;

import java.io.Serializable;
import java.time.Instant;

/** What a session remembers of its sign-in: who, under which session version of the account, and since when. */
public record SignedIn(String username, int version, Instant since) implements Serializable {
}
