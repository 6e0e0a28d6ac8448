package org.seminardesk.meeting;

import org.seminardesk.security.audit.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.seminardesk.mail.Notifications;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.seminar.AgendaItem;
import org.seminardesk.seminar.MeetingAttendee;
import org.seminardesk.seminar.RosterLine;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarFormat;
import org.seminardesk.seminar.SeminarKind;
import org.seminardesk.mail.MailLink;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;

/**
 * Meetings of the subcommittee: agenda with proposals and minutes, roster with presence, and for a meeting
 * held in writing the consultation of its members (one mail and token link each) and their replies.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    static final String MAIL_KIND = "written-consultation";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    AccessLinks accessLinks;

    public MeetingView view(long id) {
        return MeetingView.of(meeting(id, LockModeType.NONE), consultationOf(id).orElse(null));
    }

    @Audited("meeting")
    public MeetingView reviseAgenda(long id, List<org.seminardesk.seminar.AgendaDraft> items) {
        Seminar meeting = meeting(id, LockModeType.PESSIMISTIC_WRITE);
        meeting.reviseAgenda(items, consultationOf(id).isPresent());
        em.flush();
        return view(id);
    }

    @Audited("meeting")
    public MeetingView replaceRoster(long id, List<MeetingInputs.Line> lines) {
        Seminar meeting = meeting(id, LockModeType.PESSIMISTIC_WRITE);
        meeting.replaceRoster(lines.stream().map(line -> new RosterLine(line.role(), organisation(line.organisationId()),
                line.label(), line.present())).toList());
        em.flush();
        return view(id);
    }

    /**
     * Sends a meeting held in writing to every member organisation on its roster: a reply link each (mailed when
     * it has an address), once; the replies are open until the deadline.
     */
    @Audited("meeting")
    public ConsultationView consult(long id, Instant replyDeadline, String sentBy) {
        Seminar meeting = meeting(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting.format() != SeminarFormat.WRITTEN) {
            throw DomainException.conflict("Only a meeting held in writing consults its members this way").withCode("meeting.notWritten");
        }
        if (consultationOf(id).isPresent()) {
            throw DomainException.conflict("The members were consulted already").withCode("meeting.alreadySent");
        }
        if (meeting.agenda().isEmpty()) {
            throw DomainException.conflict("The agenda is empty").withCode("meeting.noAgenda");
        }
        List<Organisation> members = meeting.roster().stream().map(MeetingAttendee::organisation).filter(o -> o != null).toList();
        if (members.isEmpty()) {
            throw DomainException.conflict("No member organisation is on the roster").withCode("meeting.noMembers");
        }
        WrittenConsultation consultation = new WrittenConsultation(id, replyDeadline, clock.instant(), sentBy);
        em.persist(consultation);
        for (Organisation member : members) {
            WrittenReply reply = new WrittenReply(meeting, member);
            em.persist(reply);
            mailReplyLink(meeting, consultation, reply);
        }
        return consultation(id);
    }

    /** A member's reply link renewed (the old one was forwarded too widely) and mailed again; the old one stops working. */
    @Audited("meeting")
    public ConsultationView renewReplyLink(long id, long organisationId) {
        Seminar meeting = meeting(id, LockModeType.NONE);
        WrittenConsultation consultation = consultationOf(id).orElseThrow(() -> DomainException.notFound("Consultation of meeting", id));
        WrittenReply reply = em.createNamedQuery("WrittenReply.findForMeeting", WrittenReply.class).setParameter("seminar", id)
                .getResultStream().filter(r -> r.organisation().id() == organisationId).findFirst()
                .orElseThrow(() -> DomainException.notFound("Reply of organisation", organisationId));
        em.lock(reply, LockModeType.PESSIMISTIC_WRITE);
        accessLinks.revokeAll(LinkPurpose.WRITTEN_REPLY, reply.id());
        mailReplyLink(meeting, consultation, reply);
        return consultation(id);
    }

    private void mailReplyLink(Seminar meeting, WrittenConsultation consultation, WrittenReply reply) {
        Organisation member = reply.organisation();
        if (member.email() == null || member.email().isBlank()) {
            return;
        }
        Locale language = member.language();
        notifications.send(MAIL_KIND, member.email(), language, Map.of(
                "organisation", member.name(),
                "title", meeting.titleJa(),
                "date", meeting.dateLabel(),
                "deadline", JapaneseDates.moment(consultation.replyDeadline(), language),
                "agenda", agendaText(meeting.agenda()),
                "replyUrl", AccessLinks.MAIL_LINK), null, new MailLink(LinkPurpose.WRITTEN_REPLY, reply.id()));
    }

    public ConsultationView consultation(long id) {
        Seminar meeting = meeting(id, LockModeType.NONE);
        WrittenConsultation consultation = consultationOf(id)
                .orElseThrow(() -> DomainException.notFound("Consultation of meeting", id));
        List<WrittenReply> replies = em.createNamedQuery("WrittenReply.findForMeeting", WrittenReply.class)
                .setParameter("seminar", id).getResultList();
        return ConsultationView.of(id, consultation, meeting.agenda(), replies);
    }

    public ReplyView reply(String token, Locale language) {
        WrittenReply reply = replyByToken(token, LockModeType.NONE);
        WrittenConsultation consultation = consultationOf(reply.seminar().id()).orElseThrow();
        return ReplyView.of(reply, consultation, JapaneseDates.moment(consultation.replyDeadline(), language), clock.instant());
    }

    public ReplyView answer(String token, List<AnswerDraft> answers, Locale language) {
        WrittenReply reply = replyByToken(token, LockModeType.PESSIMISTIC_WRITE);
        WrittenConsultation consultation = consultationOf(reply.seminar().id()).orElseThrow();
        reply.answer(answers, reply.seminar().agenda(), consultation.replyDeadline(), clock.instant());
        em.flush();
        return reply(token, language);
    }

    /** A member organisation as the roster's "add" list offers it. */
    public record MemberChoice(long id, String name) implements java.io.Serializable {
    }

    public List<MemberChoice> memberChoices() {
        return em.createNamedQuery("Organisation.findActive", Organisation.class).getResultStream()
                .map(o -> new MemberChoice(o.id(), o.name())).toList();
    }

    /** A meeting held in writing an organisation was consulted on, for its portal: open until the deadline. */
    public record Consulted(long meetingId, String title, Instant deadline, Instant repliedAt, boolean open) implements java.io.Serializable {
    }

    public List<Consulted> consultedOf(long organisationId) {
        Instant now = clock.instant();
        return em.createNamedQuery("WrittenReply.findForOrganisation", WrittenReply.class)
                .setParameter("organisation", organisationId).getResultStream()
                .flatMap(r -> consultationOf(r.seminar().id()).stream().map(c -> new Consulted(r.seminar().id(),
                        r.seminar().titleJa(), c.replyDeadline(), r.repliedAt(), c.replyDeadline().isAfter(now))))
                .toList();
    }

    /** A fresh reply link for the organisation's own reply, opened from its portal. */
    public String replyTokenFor(long organisationId, long meetingId) {
        WrittenReply reply = em.createNamedQuery("WrittenReply.findForOrganisation", WrittenReply.class)
                .setParameter("organisation", organisationId).getResultStream()
                .filter(r -> r.seminar().id() == meetingId).findFirst()
                .orElseThrow(() -> DomainException.notFound("Meeting", meetingId));
        return accessLinks.issue(LinkPurpose.WRITTEN_REPLY, reply.id()).value();
    }

    /** Whether the meeting's members were consulted in writing. */
    public boolean consulted(long id) {
        return consultationOf(id).isPresent();
    }

    private WrittenReply replyByToken(String token, LockModeType lock) {
        return accessLinks.subjectOf(LinkPurpose.WRITTEN_REPLY, token).map(id -> em.find(WrittenReply.class, id, lock))
                .orElseThrow(() -> DomainException.notFound("Reply", "link"));
    }

    private Optional<WrittenConsultation> consultationOf(long id) {
        return Optional.ofNullable(em.find(WrittenConsultation.class, id));
    }

    private Seminar meeting(long id, LockModeType lock) {
        Seminar meeting = em.find(Seminar.class, id, lock);
        if (meeting == null || meeting.kind() != SeminarKind.MEETING) {
            throw DomainException.notFound("Meeting", id);
        }
        return meeting;
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Organisation.class, id))
                .orElseThrow(() -> DomainException.invalid("organisationId", "Organisation " + id + " does not exist"));
    }

    /** "1. 議題\n   提案の説明" for the mail. */
    static String agendaText(List<AgendaItem> agenda) {
        return agenda.stream().map(item -> item.position() + ". " + item.title()
                        + (item.proposal() == null ? "" : "\n" + item.proposal().indent(3).stripTrailing()))
                .collect(Collectors.joining("\n\n"));
    }
}
