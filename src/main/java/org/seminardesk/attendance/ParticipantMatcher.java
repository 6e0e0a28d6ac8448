package org.seminardesk.attendance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the registered participant a person in a meeting report is: by email first, then by name. A name that
 * fits two participants matches neither, so staff decide rather than the machine guessing.
 */
public final class ParticipantMatcher {

    public record Candidate(long participantId, String name, String email) implements java.io.Serializable {
    }

    public record Match(long participantId, MatchedBy by) implements java.io.Serializable {
    }

    private final Map<String, Long> byEmail = new HashMap<>();
    private final Map<String, Set<Long>> byName = new HashMap<>();
    private final Map<String, Set<Long>> byWords = new HashMap<>();

    public ParticipantMatcher(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.email() != null && !candidate.email().isBlank()) {
                byEmail.put(emailKey(candidate.email()), candidate.participantId());
            }
            index(byName, NameKeys.exact(candidate.name()), candidate.participantId());
            index(byWords, NameKeys.wordsInAnyOrder(candidate.name()), candidate.participantId());
        }
    }

    public Optional<Match> match(String name, String email) {
        if (email != null && byEmail.containsKey(emailKey(email))) {
            return Optional.of(new Match(byEmail.get(emailKey(email)), MatchedBy.EMAIL));
        }
        for (String reading : NameKeys.readings(name)) {
            // Ambiguous as written: no guess by word order either.
            Set<Long> sameName = byName.get(NameKeys.exact(reading));
            Optional<Long> found = sameName != null ? only(sameName) : only(byWords.get(NameKeys.wordsInAnyOrder(reading)));
            if (found.isPresent()) {
                return Optional.of(new Match(found.get(), MatchedBy.NAME));
            }
        }
        return Optional.empty();
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static void index(Map<String, Set<Long>> index, String key, long participantId) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new HashSet<>()).add(participantId);
        }
    }

    private static Optional<Long> only(Set<Long> ids) {
        return ids != null && ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }
}
