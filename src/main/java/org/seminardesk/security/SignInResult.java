package org.seminardesk.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** A sign-in's outcome: signed in with roles, refused, or refused because this client must wait. */
public record SignInResult(Optional<SignedIn> session, Set<String> roles, Duration waitTime) {

    static final SignInResult REFUSED = new SignInResult(Optional.empty(), Set.of(), Duration.ZERO);

    static SignInResult signedIn(SignedIn session, Set<String> roles) {
        return new SignInResult(Optional.of(session), roles, Duration.ZERO);
    }

    static SignInResult waitFor(Duration wait) {
        return new SignInResult(Optional.empty(), Set.of(), wait);
    }

    public boolean succeeded() {
        return session.isPresent();
    }

    /** Seconds to wait, rounded up (Retry-After), 0 if the client need not wait. */
    public long retryAfterSeconds() {
        return (waitTime.toMillis() + 999) / 1000;
    }
}
