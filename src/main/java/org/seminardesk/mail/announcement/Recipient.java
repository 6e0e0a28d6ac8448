package org.seminardesk.mail.announcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One address an announcement goes to, with whom to greet and in which language. */
public record Recipient(String email, String name, String organisation, Locale language) implements java.io.Serializable {

    /** One mail per address (compared without case): the first occurrence wins. */
    static List<Recipient> distinct(List<Recipient> candidates) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Recipient candidate : candidates) {
            byAddress.putIfAbsent(candidate.email().strip().toLowerCase(Locale.ROOT), candidate);
        }
        return new ArrayList<>(byAddress.values());
    }
}
