package org.seminardesk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member organisation's answer to one agenda item: its verdict and, if it has one, its opinion. */
@Embeddable
public class WrittenAnswer {

    @Column(name = "agenda_item_id")
    private long agendaItemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Verdict verdict;

    private String opinion;

    protected WrittenAnswer() {
        // for JPA
    }

    WrittenAnswer(long agendaItemId, Verdict verdict, String opinion) {
        this.agendaItemId = agendaItemId;
        this.verdict = verdict;
        this.opinion = opinion;
    }

    public long agendaItemId() {
        return agendaItemId;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String opinion() {
        return opinion;
    }
}
