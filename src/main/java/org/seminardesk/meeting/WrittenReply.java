package org.seminardesk.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.AgendaItem;
import org.seminardesk.seminar.Seminar;

/**
 * A member organisation's reply to a meeting held in writing, reached through its own token link: one answer
 * per agenda item, changeable until the deadline. repliedAt null: not replied yet.
 */
@Entity
@Table(name = "written_reply")
@NamedQuery(name = "WrittenReply.findForMeeting", query = """
        select r from WrittenReply r join fetch r.organisation where r.seminar.id = :seminar order by r.organisation.name""")
@NamedQuery(name = "WrittenReply.findForOrganisation", query = """
        select r from WrittenReply r join fetch r.seminar where r.organisation.id = :organisation order by r.seminar.startsAt desc""")
public class WrittenReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private Instant repliedAt;

    @ElementCollection
    @CollectionTable(name = "written_answer", joinColumns = @JoinColumn(name = "reply_id"))
    private List<WrittenAnswer> answers = new ArrayList<>();

    protected WrittenReply() {
        // for JPA
    }

    WrittenReply(Seminar seminar, Organisation organisation) {
        this.seminar = seminar;
        this.organisation = organisation;
    }

    /** Replaces the reply: every agenda item answered once, an objection with its reason, before the deadline. */
    public void answer(List<AnswerDraft> drafts, List<AgendaItem> agenda, Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            throw DomainException.conflict("The deadline for replies has passed").withCode("meeting.deadlinePassed");
        }
        Set<Long> items = new HashSet<>(agenda.stream().map(AgendaItem::id).toList());
        Set<Long> answered = new HashSet<>();
        List<WrittenAnswer> replaced = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            AnswerDraft draft = drafts.get(i);
            if (!items.contains(draft.agendaItemId()) || !answered.add(draft.agendaItemId())) {
                throw DomainException.invalid("answers[" + i + "].agendaItemId", "Answer each agenda item of this meeting once");
            }
            String opinion = draft.opinion() == null || draft.opinion().isBlank() ? null : draft.opinion().strip();
            if (draft.verdict() == Verdict.OBJECTION && opinion == null) {
                throw DomainException.invalid("answers[" + i + "].opinion", "An objection needs its reason")
                        .withCode("meeting.objectionReason");
            }
            replaced.add(new WrittenAnswer(draft.agendaItemId(), draft.verdict(), opinion));
        }
        if (!answered.equals(items)) {
            throw DomainException.invalid("answers", "Answer every agenda item").withCode("meeting.answerEvery");
        }
        answers.clear();
        answers.addAll(replaced);
        repliedAt = now;
    }


    public Long id() {
        return id;
    }

    public Seminar seminar() {
        return seminar;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public List<WrittenAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }
}
