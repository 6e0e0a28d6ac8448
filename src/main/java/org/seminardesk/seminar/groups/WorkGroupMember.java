package org.seminardesk.seminar.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Which group a member is in. */
@Entity
@Table(name = "work_group_member")
@IdClass(WorkGroupMember.Key.class)
@NamedQuery(name = "WorkGroupMember.findForSeminar", query = "select m from WorkGroupMember m where m.seminarId = :seminar")
public class WorkGroupMember {

    /** The composite key (seminar, memberKey). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long seminarId;
        private String memberKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(seminarId, key.seminarId) && Objects.equals(memberKey, key.memberKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seminarId, memberKey);
        }
    }

    @Id
    private Long seminarId;

    @Id
    private String memberKey;

    private int groupNumber;

    protected WorkGroupMember() {
        // for JPA
    }

    WorkGroupMember(long seminarId, String memberKey, int groupNumber) {
        this.seminarId = seminarId;
        this.memberKey = memberKey;
        this.groupNumber = groupNumber;
    }

    void moveTo(int group) {
        groupNumber = group;
    }

    public String memberKey() {
        return memberKey;
    }

    public int groupNumber() {
        return groupNumber;
    }
}
