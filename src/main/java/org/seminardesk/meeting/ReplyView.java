package org.seminardesk.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seminardesk.seminar.Seminar;

/** What a member organisation sees through its link: the agenda, the deadline, and its own answers so far. */
public record ReplyView(String organisation, String meetingTitle, String meetingDate, Instant replyDeadline, String deadlineLabel,
                        boolean open, Instant repliedAt, List<Item> items) implements java.io.Serializable {

    public record Item(long agendaItemId, int position, String title, String proposal, String verdict, String opinion) implements java.io.Serializable {
    }

    static ReplyView of(WrittenReply reply, WrittenConsultation consultation, String deadlineLabel, Instant now) {
        Seminar meeting = reply.seminar();
        Map<Long, WrittenAnswer> answers = reply.answers().stream()
                .collect(Collectors.toMap(WrittenAnswer::agendaItemId, Function.identity()));
        return new ReplyView(reply.organisation().name(), meeting.titleJa(), meeting.dateLabel(), consultation.replyDeadline(),
                deadlineLabel, now.isBefore(consultation.replyDeadline()), reply.repliedAt(),
                meeting.agenda().stream().map(item -> {
                    WrittenAnswer answer = answers.get(item.id());
                    return new Item(item.id(), item.position(), item.title(), item.proposal(),
                            answer == null ? null : answer.verdict().name(), answer == null ? null : answer.opinion());
                }).toList());
    }
}
