package org.seminardesk.seminar;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item of a meeting's agenda (議題), with the summary of what was discussed. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    private int position;
    private String title;
    private String summary;

    protected AgendaItem() {
        // for JPA
    }

    AgendaItem(Seminar seminar, int position, String title, String summary) {
        this.seminar = seminar;
        this.position = position;
        this.title = title;
        this.summary = summary;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }
}
