package org.seminardesk.meeting;

import java.time.Instant;
import java.util.List;
import org.seminardesk.seminar.AgendaItem;
import org.seminardesk.seminar.MeetingAttendee;
import org.seminardesk.seminar.Seminar;

/** A meeting as organisers edit it: agenda with proposals and minutes, roster with presence, the consultation. */
public record MeetingView(long id, String title, String dateLabel, String westernDateLabel, String format, List<Item> agenda, List<Line> roster,
                          Instant replyDeadline, Instant consultationSentAt) implements java.io.Serializable {

    public record Item(long id, int position, String title, String proposal, String minutes) implements java.io.Serializable {
    }

    public record Line(long id, String role, Long organisationId, String name, Boolean present) implements java.io.Serializable {
    }

    static MeetingView of(Seminar meeting, WrittenConsultation consultation) {
        return new MeetingView(meeting.id(), meeting.titleJa(), meeting.dateLabel(), meeting.westernDateLabel(), meeting.format().name(),
                meeting.agenda().stream().map(MeetingView::item).toList(),
                meeting.roster().stream().map(MeetingView::line).toList(),
                consultation == null ? null : consultation.replyDeadline(),
                consultation == null ? null : consultation.sentAt());
    }

    private static Item item(AgendaItem item) {
        return new Item(item.id(), item.position(), item.title(), item.proposal(), item.summary());
    }

    private static Line line(MeetingAttendee line) {
        return new Line(line.id(), line.role().name(), line.organisation() == null ? null : line.organisation().id(),
                line.displayName(), line.present());
    }
}
