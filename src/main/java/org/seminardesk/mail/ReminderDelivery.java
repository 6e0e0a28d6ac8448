package org.seminardesk.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.seminar.ReminderSchedule;

/**
 * That one reminder slot was dealt with for one registration. The key (registration, slot) is the table's
 * primary key: whatever happens — two nodes, a restart, an edited schedule — a slot is never sent twice.
 */
@Entity
@Table(name = "reminder_delivery")
@IdClass(ReminderDelivery.Key.class)
@NamedQuery(name = "ReminderDelivery.findForSeminar", query = """
        select d from ReminderDelivery d
        where d.registrationId in (select r.id from Registration r where r.seminar.id = :seminar)""")
public class ReminderDelivery {

    /** SENT; NOT_NEEDED: confirmed after the slot's time; SUPERSEDED: a later slot was due as well (after downtime). */
    public enum Outcome { SENT, NOT_NEEDED, SUPERSEDED }

    /** The slot that records the mail bringing a held-back online link (reminder slots are 1 hour or more). */
    public static final int LINK_RELEASE = 0;

    public record Key(Long registrationId, Integer hoursBefore) implements Serializable {
    }

    @Id
    private Long registrationId;

    @Id
    private Integer hoursBefore;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Outcome outcome;

    private Instant recordedAt;

    protected ReminderDelivery() {
        // for JPA
    }

    ReminderDelivery(long registrationId, int hoursBefore, Outcome outcome, Instant now) {
        this.registrationId = registrationId;
        this.hoursBefore = hoursBefore;
        this.outcome = Objects.requireNonNull(outcome);
        this.recordedAt = now;
    }

    /**
     * What to do, for one registration, with each due slot it has not had: only the latest due slot is sent
     * (after downtime, two reminders at once would be noise), and none that fell due before the registration
     * was confirmed (its confirmation mail told them everything).
     *
     * @param dueSlots the slots due now, earliest-due first, as {@link ReminderSchedule#dueBy} gives them
     */
    public static Map<Integer, Outcome> plan(List<Integer> dueSlots, Set<Integer> handled, Instant confirmedAt,
                                             Instant start) {
        List<Integer> pending = dueSlots.stream().filter(slot -> !handled.contains(slot)).toList();
        Map<Integer, Outcome> plan = new LinkedHashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            int slot = pending.get(i);
            boolean confirmedLater = confirmedAt != null && !confirmedAt.isBefore(ReminderSchedule.dueAt(slot, start));
            plan.put(slot, confirmedLater ? Outcome.NOT_NEEDED
                    : i == pending.size() - 1 ? Outcome.SENT : Outcome.SUPERSEDED);
        }
        return plan;
    }

    public Long registrationId() {
        return registrationId;
    }

    public int hoursBefore() {
        return hoursBefore;
    }

    public Outcome outcome() {
        return outcome;
    }
}
