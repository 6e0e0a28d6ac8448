package org.seminardesk.probono;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.platform.JapaneseDates;

/** A need matched with an offer by an organiser, and how it turned out. Counted in its fiscal year. */
@Entity
@Table(name = "probono_match")
@NamedQuery(name = "ProBonoMatch.findAll", query = """
        select m from ProBonoMatch m join fetch m.need join fetch m.offer
        order by m.matchedAt desc, m.id desc""")
@NamedQuery(name = "ProBonoMatch.findInYear", query = """
        select m from ProBonoMatch m join fetch m.need join fetch m.offer
        where m.fiscalYear = :year and m.outcome <> :cancelled order by m.matchedAt, m.id""")
public class ProBonoMatch {

    public enum Outcome { IN_PROGRESS, COMPLETED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private ProBonoNeed need;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private ProBonoOffer offer;

    private Instant matchedAt;
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Outcome outcome;

    private String note;
    private String matchedBy;

    protected ProBonoMatch() {
        // for JPA
    }

    ProBonoMatch(ProBonoNeed need, ProBonoOffer offer, String note, Instant now, String matchedBy) {
        need.matched();
        this.need = need;
        this.offer = offer;
        this.matchedAt = now;
        this.fiscalYear = JapaneseDates.fiscalYearOf(now.atZone(JapaneseDates.TOKYO).toLocalDate());
        this.outcome = Outcome.IN_PROGRESS;
        this.note = blankToNull(note);
        this.matchedBy = matchedBy;
    }

    /** A cancelled match opens its need again, to be matched with someone else. */
    void record(Outcome result, String newNote) {
        if (outcome == Outcome.CANCELLED && result != Outcome.CANCELLED) {
            need.matched();
        }
        if (result == Outcome.CANCELLED && outcome != Outcome.CANCELLED) {
            need.reopened();
        }
        outcome = result;
        note = blankToNull(newNote);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public ProBonoNeed need() {
        return need;
    }

    public ProBonoOffer offer() {
        return offer;
    }

    public Instant matchedAt() {
        return matchedAt;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }
}
