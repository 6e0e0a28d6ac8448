package org.seminardesk.seminar;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seminardesk.platform.DomainException;

/**
 * One item of a meeting's agenda (議題): its proposal for members, and the summary of what was discussed or
 * decided (the minutes).
 */
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
    private String proposal;
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

    /**
     * The agenda as the organiser now wants it, in this order: items with an id are revised, new ones added,
     * missing ones removed. Once members were consulted in writing (proposalsFixed) only the minutes change.
     */
    static void revise(Seminar seminar, List<AgendaItem> agenda, List<AgendaDraft> drafts, boolean proposalsFixed) {
        Map<Long, AgendaItem> existing = agenda.stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        if (proposalsFixed && !sameItems(agenda, drafts)) {
            throw DomainException.conflict("Members were consulted on this agenda: only the minutes can change")
                    .withCode("meeting.agendaSent");
        }
        List<AgendaItem> revised = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            AgendaDraft draft = drafts.get(i);
            String title = required(draft.title(), i);
            AgendaItem item = draft.id() == null ? new AgendaItem(seminar, i + 1, title, null) : existing.get(draft.id());
            if (item == null) {
                throw DomainException.invalid("items[" + i + "].id", "Agenda item " + draft.id() + " is not on this agenda");
            }
            item.position = i + 1;
            item.title = title;
            item.proposal = blankToNull(draft.proposal());
            item.summary = blankToNull(draft.minutes());
            revised.add(item);
        }
        agenda.clear();
        agenda.addAll(revised);
    }

    private static boolean sameItems(List<AgendaItem> agenda, List<AgendaDraft> drafts) {
        if (agenda.size() != drafts.size()) {
            return false;
        }
        for (int i = 0; i < drafts.size(); i++) {
            AgendaItem item = agenda.get(i);
            AgendaDraft draft = drafts.get(i);
            if (!item.id.equals(draft.id()) || !item.title.equals(draft.title() == null ? null : draft.title().strip())
                    || !Objects.equals(item.proposal, blankToNull(draft.proposal()))) {
                return false;
            }
        }
        return true;
    }

    private static String required(String title, int index) {
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("items[" + index + "].title", "An agenda item needs a title").withCode("required");
        }
        return title.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public String proposal() {
        return proposal;
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
