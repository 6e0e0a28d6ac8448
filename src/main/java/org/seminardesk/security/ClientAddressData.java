package org.seminardesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.seminardesk.security.privacy.Erasure;
import org.seminardesk.security.privacy.PersonalData;
import org.seminardesk.security.privacy.PersonalDataHolder;

/**
 * Client addresses kept for rate limits and sign-in throttling: no names or mail addresses, so nothing to export
 * or erase by address; kept a minute (request_count, pruned as a new minute starts) and 24 hours after the last
 * failure (sign_in_failure).
 */
@ApplicationScoped
public class ClientAddressData implements PersonalDataHolder {

    @Inject
    SignInThrottle signInFailures;

    @Override
    public Set<String> tables() {
        return Set.of("sign_in_failure", "request_count");
    }

    @Override
    public void export(String address, PersonalData.Export export) {
        // keyed by network address only: nothing is held under a mail address
    }

    @Override
    public void erase(String address, Erasure.Tally tally) {
        // keyed by network address only: nothing is held under a mail address
    }

    @Override
    public void expire(Instant cutoff, Instant now, Erasure.Tally tally) {
        signInFailures.forgetBefore(now);
    }

    @Override
    public Stream<String> addresses() {
        return Stream.empty();
    }
}
