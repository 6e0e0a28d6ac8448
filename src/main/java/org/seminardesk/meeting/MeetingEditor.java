package org.seminardesk.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;
import org.seminardesk.seminar.AgendaDraft;
import org.seminardesk.seminar.MeetingAttendee;

/**
 * manage/meeting.xhtml?id=… (organisers): a meeting's agenda (proposal and minutes per item), its roster with
 * presence, and for a meeting held in writing the sending to members and their replies.
 */
@Named
@ViewScoped
public class MeetingEditor extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    private MeetingView meeting;
    private ConsultationView consultation;
    private final List<ItemRow> items = new ArrayList<>();
    private final List<LineRow> lines = new ArrayList<>();
    private List<MeetingService.MemberChoice> memberChoices = List.of();
    private Long memberToAdd;
    private LocalDate deadlineDate;
    private LocalTime deadlineTime = LocalTime.of(17, 0);

    /** An agenda item being edited. */
    public static class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String title;
        private String proposal;
        private String minutes;

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getProposal() {
            return proposal;
        }

        public void setProposal(String proposal) {
            this.proposal = proposal;
        }

        public String getMinutes() {
            return minutes;
        }

        public void setMinutes(String minutes) {
            this.minutes = minutes;
        }
    }

    /** A roster line with its presence: "true", "false" or "" (not recorded). */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String role;
        private Long organisationId;
        private String name;
        private String presence;

        public String getName() {
            return name;
        }

        public String getRole() {
            return role;
        }

        public String getPresence() {
            return presence;
        }

        public void setPresence(String presence) {
            this.presence = presence;
        }
    }

    @Override
    protected void show(long id) {
        meeting = meetings.view(id);
        consultation = meetings.consulted(id) ? meetings.consultation(id) : null;
        memberChoices = meetings.memberChoices();
        items.clear();
        for (MeetingView.Item item : meeting.agenda()) {
            ItemRow row = new ItemRow();
            row.id = item.id();
            row.title = item.title();
            row.proposal = item.proposal();
            row.minutes = item.minutes();
            items.add(row);
        }
        lines.clear();
        for (MeetingView.Line line : meeting.roster()) {
            LineRow row = new LineRow();
            row.role = line.role();
            row.organisationId = line.organisationId();
            row.name = line.name();
            row.presence = line.present() == null ? "" : line.present().toString();
            lines.add(row);
        }
    }

    public void addItem() {
        items.add(new ItemRow());
    }

    public void removeItem(int index) {
        items.remove(index);
    }

    public void moveItemUp(int index) {
        if (index > 0) {
            items.add(index - 1, items.remove(index));
        }
    }

    public void saveAgenda() {
        act(() -> meetings.reviseAgenda(getId(), items.stream()
                .map(i -> new AgendaDraft(i.id, i.title, i.proposal, i.minutes)).toList()), "meeting.agendaSaved");
    }

    public void addMember() {
        memberChoices.stream().filter(c -> c.id() == (memberToAdd == null ? -1 : memberToAdd)).findFirst().ifPresent(c -> {
            LineRow row = new LineRow();
            row.role = MeetingAttendee.Role.MEMBER.name();
            row.organisationId = c.id();
            row.name = c.name();
            row.presence = "";
            lines.add(row);
        });
        memberToAdd = null;
    }

    public void removeLine(int index) {
        lines.remove(index);
    }

    public void saveRoster() {
        act(() -> meetings.replaceRoster(getId(), lines.stream().map(l -> new MeetingInputs.Line(
                MeetingAttendee.Role.valueOf(l.role), l.organisationId, l.organisationId == null ? l.name : null,
                l.presence == null || l.presence.isEmpty() ? null : Boolean.valueOf(l.presence))).toList()), "meeting.rosterSaved");
    }

    public void consult() {
        if (deadlineDate == null || deadlineTime == null) {
            PageParams.refused(DomainException.invalid("replyDeadline", "No deadline").withCode("meeting.deadlineFuture"));
            return;
        }
        act(() -> meetings.consult(getId(), deadlineDate.atTime(deadlineTime).atZone(JapaneseDates.TOKYO).toInstant(),
                PageParams.user()), "meeting.consulted");
    }

    /** A member's reply link renewed and mailed again (the old one was forwarded too widely). */
    public void renewReplyLink(long organisationId) {
        act(() -> meetings.renewReplyLink(getId(), organisationId), "links.renewed");
    }

    /** Post/Redirect/Get: a change made shows the page afresh, so refresh and Back never repeat it. */
    private void act(Runnable change, String done) {
        PageParams.actAndReload(change, done);
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public List<MeetingService.MemberChoice> getMemberChoices() {
        return memberChoices;
    }

    public Long getMemberToAdd() {
        return memberToAdd;
    }

    public void setMemberToAdd(Long memberToAdd) {
        this.memberToAdd = memberToAdd;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }
}
