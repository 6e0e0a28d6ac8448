package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The erasures made on request, as SHA-256 hashes of the addresses (table erasure_log): a backup restored
 * later brings the erased data back, and {@link #reapply()} erases it again — every address any holder
 * holds whose hash is logged. The log names nobody by itself; it can only confirm an address one already has.
 */
@ApplicationScoped
@Transactional
public class ErasureLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataHolders holders;

    @Inject
    Erasure erasure;

    void record(String address, Instant at) {
        em.createNativeQuery("INSERT INTO erasure_log (address_hash, erased_at) VALUES (?1, ?2)")
                .setParameter(1, hash(address)).setParameter(2, at.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    void recordParticipant(long participantId, Instant at) {
        em.createNativeQuery("INSERT INTO erasure_log (participant_id, erased_at) VALUES (?1, ?2)")
                .setParameter(1, participantId).setParameter(2, at.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * Erases again every address held now that was erased before, and every participant erased by id; answers
     * how many addresses and participants that was.
     */
    public int reapply() {
        @SuppressWarnings("unchecked")
        List<Number> participants = em.createNativeQuery("SELECT DISTINCT participant_id FROM erasure_log WHERE participant_id IS NOT NULL")
                .getResultList();
        participants.forEach(id -> erasure.participantWithoutLogging(id.longValue()));
        @SuppressWarnings("unchecked")
        Set<String> logged = new HashSet<>(em.createNativeQuery("SELECT DISTINCT address_hash FROM erasure_log WHERE address_hash IS NOT NULL",
                String.class).getResultList());
        Set<String> held = new TreeSet<>();
        holders.all().forEach(holder -> holder.addresses().forEach(held::add));
        List<String> again = held.stream().filter(address -> logged.contains(hash(address))).toList();
        again.forEach(erasure::withoutLogging);
        return again.size() + participants.size();
    }

    static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
