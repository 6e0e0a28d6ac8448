package org.seminardesk.probono;

import java.time.Instant;
import java.util.List;

/** Needs, offers and matches as organisers see them. */
public record ProBonoView(List<Need> needs, List<Offer> offers, List<Match> matches) implements java.io.Serializable {

    public record Need(long id, String organisation, String contactName, String contactEmail, String title, String description,
                       String status, Instant registeredAt) implements java.io.Serializable {
        static Need of(ProBonoNeed n) {
            return new Need(n.id(), n.organisation().name(), n.contactName(), n.contactEmail(), n.title(), n.description(),
                    n.status().name(), n.registeredAt());
        }
    }

    public record Offer(long id, String name, String affiliation, String email, String skills, Instant registeredAt) implements java.io.Serializable {
        static Offer of(ProBonoOffer o) {
            return new Offer(o.id(), o.name(), o.affiliation(), o.email(), o.skills(), o.registeredAt());
        }
    }

    public record Match(long id, long needId, String need, String organisation, long offerId, String offer, Instant matchedAt,
                        int fiscalYear, String outcome, String note) implements java.io.Serializable {
        static Match of(ProBonoMatch m) {
            return new Match(m.id(), m.need().id(), m.need().title(), m.need().organisation().name(), m.offer().id(),
                    m.offer().name() + (m.offer().affiliation() == null ? "" : "（" + m.offer().affiliation() + "）"),
                    m.matchedAt(), m.fiscalYear(), m.outcome().name(), m.note());
        }
    }
}
