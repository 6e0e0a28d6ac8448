package org.seminardesk.seminar.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.DomainException;

class GroupRuleTest {

    private static GroupMember member(int n, String organisation, FacilityType type) {
        return new GroupMember("P" + n, "参加者" + n, organisation, type);
    }

    @Test
    void byFieldPutsTransitionAndContinuationApartAsTheSubcommitteeDid() {
        List<GroupMember> members = List.of(member(1, "ミラトレ", FacilityType.EMPLOYMENT_TRANSITION),
                member(2, "かもめ第一工房", FacilityType.CONTINUATION_B), member(3, "げんき品川", FacilityType.CONTINUATION_A),
                member(4, "区役所", FacilityType.GOVERNMENT));
        GroupRule.Split split = GroupRule.BY_FIELD.split(members, 0);
        assertEquals(List.of("就労移行", "就労継続", "その他"), split.names());
        assertEquals(List.of("P2", "P3"), split.groups().get(1).stream().map(GroupMember::key).toList(), "A and B together");
    }

    @Test
    void balancedGroupsDifferByAtMostOneAndSpreadEachOrganisation() {
        List<GroupMember> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(member(i, i < 4 ? "ひまわり" : "あおぞら" + (i % 3),
                    i % 2 == 0 ? FacilityType.CONTINUATION_B : FacilityType.EMPLOYMENT_TRANSITION));
        }
        GroupRule.Split split = GroupRule.BALANCED.split(members, 3);
        assertEquals(List.of(4, 3, 3), split.groups().stream().map(List::size).toList());
        assertEquals(List.of("グループ1", "グループ2", "グループ3"), split.names());
        for (List<GroupMember> group : split.groups()) {
            assertTrue(group.stream().filter(m -> m.organisation().equals("ひまわり")).count() <= 2, "ひまわり's four are spread");
            assertTrue(group.stream().map(GroupMember::facilityType).distinct().count() == 2, "each group mixes both types");
        }
    }

    @Test
    void countsOutsideTwoToTheNumberOfMembersAndEmptyListsAreRefused() {
        List<GroupMember> three = List.of(member(1, "a", FacilityType.OTHER), member(2, "b", FacilityType.OTHER), member(3, "c", FacilityType.OTHER));
        assertEquals("groups.count", assertThrows(DomainException.class, () -> GroupRule.BALANCED.split(three, 4)).code());
        assertThrows(DomainException.class, () -> GroupRule.BALANCED.split(three, 1));
        assertEquals("groups.nobody", assertThrows(DomainException.class, () -> GroupRule.BY_FIELD.split(List.of(), 2)).code());
    }
}
