package org.seminardesk.registration;

import org.seminardesk.platform.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A fingerprint of a registration request, to tell a retry (same request) from a reused Idempotency-Key. */
final class RequestHash {

    private RequestHash() {
    }

    static String of(long seminarId, long organisationId, List<ParticipantDetails> people) {
        StringBuilder canonical = new StringBuilder().append(seminarId).append('\n').append(organisationId).append('\n');
        for (ParticipantDetails person : people) {
            canonical.append(person == null ? "" : person.name()).append('\u001f')
                    .append(person == null || person.email() == null ? "" : EmailAddress.normalise(person.email()))
                    .append('\u001f').append(person == null ? "" : person.accessibilityNeeds()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
