package org.seminardesk.seminar.groups;

import java.util.List;

/** A seminar's groups with their members, and the members in none (registered after the split). */
public record GroupsView(long seminarId, String title, String dateLabel, String westernDateLabel, List<Group> groups, List<GroupMember> unassigned) implements java.io.Serializable {

    public record Group(int number, String name, List<GroupMember> members) implements java.io.Serializable {
    }
}
