package org.seminardesk.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seminardesk.seminar.AgendaItem;

/**
 * Where a meeting held in writing stands: who replied and who has not, and per agenda item the verdicts with
 * each organisation's opinion.
 */
public record ConsultationView(long meetingId, Instant replyDeadline, int members, int replied, List<Member> awaiting,
                               List<ItemResult> items) implements java.io.Serializable {

    /** @param mailed false when the organisation has no address: its link must reach it another way */
    public record Member(long organisationId, String name, boolean mailed, Instant repliedAt) implements java.io.Serializable {
    }

    public record Opinion(String organisation, String verdict, String opinion) implements java.io.Serializable {
    }

    public record ItemResult(long agendaItemId, String title, int noObjection, int objection, List<Opinion> opinions) implements java.io.Serializable {
    }

    static ConsultationView of(long meetingId, WrittenConsultation consultation, List<AgendaItem> agenda,
                               List<WrittenReply> replies) {
        List<Member> awaiting = new ArrayList<>();
        Map<Long, List<Opinion>> opinions = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        int replied = 0;
        for (WrittenReply reply : replies) {
            if (reply.repliedAt() == null) {
                awaiting.add(new Member(reply.organisation().id(), reply.organisation().name(),
                        reply.organisation().email() != null && !reply.organisation().email().isBlank(), null));
                continue;
            }
            replied++;
            for (WrittenAnswer answer : reply.answers()) {
                counts.computeIfAbsent(answer.agendaItemId(), k -> new int[2])[answer.verdict().ordinal()]++;
                if (answer.opinion() != null || answer.verdict() == Verdict.OBJECTION) {
                    opinions.computeIfAbsent(answer.agendaItemId(), k -> new ArrayList<>())
                            .add(new Opinion(reply.organisation().name(), answer.verdict().name(), answer.opinion()));
                }
            }
        }
        List<ItemResult> items = agenda.stream().map(item -> {
            int[] tally = counts.getOrDefault(item.id(), new int[2]);
            return new ItemResult(item.id(), item.title(), tally[Verdict.NO_OBJECTION.ordinal()],
                    tally[Verdict.OBJECTION.ordinal()], opinions.getOrDefault(item.id(), List.of()));
        }).toList();
        return new ConsultationView(meetingId, consultation.replyDeadline(), replies.size(), replied, awaiting, items);
    }
}
