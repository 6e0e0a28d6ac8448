package org.seminardesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Passwords are stored as PBKDF2-HMAC-SHA512 hashes (Jakarta Security's Pbkdf2PasswordHash, 210 000 iterations
 * as OWASP recommends, 32-byte random salt). A hash keeps its own parameters, so raising the iterations later
 * leaves existing hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /**
     * Verified against when a username is unknown or locked, so that those answers take as long as a real check:
     * the same algorithm, iterations and sizes with random salt and bytes. No password derives to it, and making it
     * costs no derivation (generating one was a whole hash on every start).
     */
    private final String decoy = decoy(new SecureRandom());

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    /** An encoded hash as Pbkdf2PasswordHash writes it: algorithm:iterations:salt:key, Base64. */
    static String decoy(SecureRandom random) {
        byte[] salt = new byte[Integer.parseInt(PARAMETERS.get("Pbkdf2PasswordHash.SaltSizeBytes"))];
        byte[] key = new byte[Integer.parseInt(PARAMETERS.get("Pbkdf2PasswordHash.KeySizeBytes"))];
        random.nextBytes(salt);
        random.nextBytes(key);
        Base64.Encoder base64 = Base64.getEncoder();
        return String.join(":", PARAMETERS.get("Pbkdf2PasswordHash.Algorithm"), PARAMETERS.get("Pbkdf2PasswordHash.Iterations"),
                base64.encodeToString(salt), base64.encodeToString(key));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of a check and answers no. */
    public boolean decoyCheck(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
