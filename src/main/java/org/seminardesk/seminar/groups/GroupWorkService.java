package org.seminardesk.seminar.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.seminar.MeetingAttendee;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarKind;

/**
 * Group work: splits a seminar's confirmed participants (a meeting's member organisations) into groups by a
 * rule, and lets organisers move members and rename groups. Changes take the seminar's row lock.
 */
@ApplicationScoped
@Transactional
public class GroupWorkService {

    @PersistenceContext
    EntityManager em;

    /** Splitting again replaces the groups. */
    @Audited("groups")
    public GroupsView split(long seminarId, GroupRule rule, int count) {
        Seminar seminar = seminar(seminarId, LockModeType.PESSIMISTIC_WRITE);
        GroupRule.Split split = rule.split(members(seminar), count);
        em.createQuery("delete from WorkGroupMember m where m.seminarId = :seminar").setParameter("seminar", seminarId).executeUpdate();
        em.createQuery("delete from WorkGroup g where g.seminarId = :seminar").setParameter("seminar", seminarId).executeUpdate();
        for (int i = 0; i < split.groups().size(); i++) {
            em.persist(new WorkGroup(seminarId, i + 1, split.names().get(i)));
            for (GroupMember member : split.groups().get(i)) {
                em.persist(new WorkGroupMember(seminarId, member.key(), i + 1));
            }
        }
        em.flush();
        return view(seminarId);
    }

    public GroupsView view(long seminarId) {
        Seminar seminar = seminar(seminarId, LockModeType.NONE);
        Map<String, GroupMember> members = members(seminar).stream()
                .collect(Collectors.toMap(GroupMember::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Map<String, Integer> placed = placements(seminarId).stream()
                .collect(Collectors.toMap(WorkGroupMember::memberKey, WorkGroupMember::groupNumber));
        List<GroupsView.Group> groups = new ArrayList<>();
        for (WorkGroup group : groups(seminarId)) {
            groups.add(new GroupsView.Group(group.number(), group.name(), members.values().stream()
                    .filter(m -> Integer.valueOf(group.number()).equals(placed.get(m.key()))).toList()));
        }
        List<GroupMember> unassigned = members.values().stream().filter(m -> !placed.containsKey(m.key())).toList();
        return new GroupsView(seminarId, seminar.titleJa(), seminar.dateLabel(), seminar.westernDateLabel(), groups, unassigned);
    }

    /** Puts a member (also one added after the split) into an existing group. */
    @Audited("groups")
    public GroupsView move(long seminarId, String memberKey, int groupNumber) {
        Seminar seminar = seminar(seminarId, LockModeType.PESSIMISTIC_WRITE);
        if (members(seminar).stream().noneMatch(m -> m.key().equals(memberKey))) {
            throw DomainException.notFound("Member", memberKey);
        }
        if (groups(seminarId).stream().noneMatch(g -> g.number() == groupNumber)) {
            throw DomainException.invalid("group", "Group " + groupNumber + " does not exist").withCode("groups.noGroup");
        }
        WorkGroupMember placement = placements(seminarId).stream().filter(p -> p.memberKey().equals(memberKey)).findFirst().orElse(null);
        if (placement == null) {
            em.persist(new WorkGroupMember(seminarId, memberKey, groupNumber));
        } else {
            placement.moveTo(groupNumber);
        }
        em.flush();
        return view(seminarId);
    }

    @Audited("groups")
    public GroupsView rename(long seminarId, int groupNumber, String name) {
        seminar(seminarId, LockModeType.PESSIMISTIC_WRITE);
        groups(seminarId).stream().filter(g -> g.number() == groupNumber).findFirst()
                .orElseThrow(() -> DomainException.notFound("Group", groupNumber)).rename(name);
        em.flush();
        return view(seminarId);
    }

    /** A meeting's member organisations on its roster; otherwise the confirmed participants. */
    List<GroupMember> members(Seminar seminar) {
        if (seminar.kind() == SeminarKind.MEETING) {
            return seminar.roster().stream().map(MeetingAttendee::organisation).filter(o -> o != null)
                    .map(o -> new GroupMember("O" + o.id(), o.name(), o.name(), o.facilityType())).toList();
        }
        return em.createNamedQuery("Registration.participantsWithOrganisation", Object[].class)
                .setParameter("seminar", seminar.id()).setParameter("status", RegistrationStatus.CONFIRMED).getResultStream()
                .map(r -> {
                    Participant p = (Participant) r[0];
                    Organisation o = (Organisation) r[1];
                    return new GroupMember("P" + p.id(), p.name(), o.name(), o.facilityType());
                }).toList();
    }

    private List<WorkGroup> groups(long seminarId) {
        return em.createNamedQuery("WorkGroup.findForSeminar", WorkGroup.class).setParameter("seminar", seminarId).getResultList();
    }

    private List<WorkGroupMember> placements(long seminarId) {
        return em.createNamedQuery("WorkGroupMember.findForSeminar", WorkGroupMember.class).setParameter("seminar", seminarId).getResultList();
    }

    private Seminar seminar(long seminarId, LockModeType lock) {
        return Optional.ofNullable(em.find(Seminar.class, seminarId, lock)).orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
    }
}
