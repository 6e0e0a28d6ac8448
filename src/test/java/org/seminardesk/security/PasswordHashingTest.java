package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void theDecoyCostsWhatARealHashCostsToCheck() {
        String[] decoy = PasswordHashing.decoy(new SecureRandom()).split(":");
        assertEquals(4, decoy.length, "algorithm:iterations:salt:key as Pbkdf2PasswordHash encodes it");
        assertEquals("PBKDF2WithHmacSHA512", decoy[0]);
        assertEquals(210_000, Integer.parseInt(decoy[1]), "the iterations of every stored hash");
        assertEquals(32, Base64.getDecoder().decode(decoy[2]).length);
        assertEquals(64, Base64.getDecoder().decode(decoy[3]).length);
    }

    @Test
    void noPasswordIsKnownToMatchTheDecoyAndEveryStartMakesAnother() throws Exception {
        String decoy = PasswordHashing.decoy(new SecureRandom());
        assertNotEquals(decoy, PasswordHashing.decoy(new SecureRandom()));
        String[] parts = decoy.split(":");
        byte[] derived = SecretKeyFactory.getInstance(parts[0]).generateSecret(new PBEKeySpec("decoy password of no account".toCharArray(),
                Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]), 64 * 8)).getEncoded();
        assertFalse(Arrays.equals(derived, Base64.getDecoder().decode(parts[3])), "the key bytes are random, not derived");
    }
}
