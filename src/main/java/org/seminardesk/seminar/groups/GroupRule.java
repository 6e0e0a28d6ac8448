package org.seminardesk.seminar.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.DomainException;

/**
 * How members are split. BY_FIELD: one group per field of work present — 就労移行, 就労継続 (A and B together),
 * 就労定着, and everyone else — as the subcommittee split its group work. BALANCED: N groups of sizes differing
 * by at most one, each dealt a mix of facility types and organisations.
 */
public enum GroupRule {
    BY_FIELD, BALANCED;

    public static final int MAX_GROUPS = 20;

    /** The field of work a facility type belongs to, which names its group. */
    public enum Field {
        TRANSITION("就労移行"), CONTINUATION("就労継続"), RETENTION("就労定着"), OTHER("その他");

        private final String label;

        Field(String label) {
            this.label = label;
        }
    }

    public static Field fieldOf(FacilityType type) {
        return switch (type) {
            case EMPLOYMENT_TRANSITION -> Field.TRANSITION;
            case CONTINUATION_A, CONTINUATION_B -> Field.CONTINUATION;
            case RETENTION -> Field.RETENTION;
            default -> Field.OTHER;
        };
    }

    /** A split: the groups' names (the field, or "グループ n"), and each group's members in order. */
    public record Split(List<String> names, List<List<GroupMember>> groups) implements java.io.Serializable {
    }

    public Split split(List<GroupMember> members, int count) {
        if (members.isEmpty()) {
            throw DomainException.conflict("Nobody to split into groups").withCode("groups.nobody");
        }
        return switch (this) {
            case BY_FIELD -> byField(members);
            case BALANCED -> balanced(members, count);
        };
    }

    private static Split byField(List<GroupMember> members) {
        Map<Field, List<GroupMember>> fields = new EnumMap<>(Field.class);
        for (GroupMember member : members) {
            fields.computeIfAbsent(fieldOf(member.facilityType()), f -> new ArrayList<>()).add(member);
        }
        return new Split(fields.keySet().stream().map(f -> f.label).toList(), new ArrayList<>(fields.values()));
    }

    private static Split balanced(List<GroupMember> members, int count) {
        if (count < 2 || count > Math.min(MAX_GROUPS, members.size())) {
            throw DomainException.invalid("groups", "Between 2 and " + Math.min(MAX_GROUPS, members.size()) + " groups")
                    .withCode("groups.count", Math.min(MAX_GROUPS, members.size()));
        }
        // Dealing out members sorted by type and organisation spreads each type and each organisation's people.
        List<GroupMember> sorted = members.stream().sorted(Comparator.comparing(GroupMember::facilityType)
                .thenComparing(GroupMember::organisation).thenComparing(GroupMember::key)).toList();
        Map<Integer, List<GroupMember>> groups = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            groups.put(i, new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            groups.get(i % count).add(sorted.get(i));
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("グループ" + i);
        }
        return new Split(names, new ArrayList<>(groups.values()));
    }
}
