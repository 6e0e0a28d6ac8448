package org.seminardesk.seminar.groups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;

/**
 * manage/groups.xhtml?seminar=… (organisers): split the attendees into groups by a rule, move members by
 * choosing their group, and print the groups.
 */
@Named
@ViewScoped
public class GroupsPage extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupWorkService groupWork;

    private GroupsView groups;
    private GroupRule rule = GroupRule.BY_FIELD;
    private int count = 2;
    private final Map<String, Integer> chosen = new HashMap<>();

    @Override
    protected void show(long seminarId) {
        groups = groupWork.view(seminarId);
        chosen.clear();
        groups.groups().forEach(g -> g.members().forEach(m -> chosen.put(m.key(), g.number())));
    }

    public void split() {
        if (!PageParams.actAndReload(() -> groupWork.split(getId(), rule, count), "groups.split")) {
            show(getId());
        }
    }

    /** Moves every member whose chosen group differs from the one they are in. */
    public void saveMoves() {
        try {
            Map<String, Integer> now = new HashMap<>();
            groups.groups().forEach(g -> g.members().forEach(m -> now.put(m.key(), g.number())));
            for (Map.Entry<String, Integer> choice : chosen.entrySet()) {
                if (choice.getValue() != null && !choice.getValue().equals(now.get(choice.getKey()))) {
                    groupWork.move(getId(), choice.getKey(), choice.getValue());
                }
            }
            PageParams.reloadSaying(org.seminardesk.platform.i18n.PageTexts.text("groups.moved"));
            return;
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
        show(getId());
    }

    public GroupsView getGroups() {
        return groups;
    }

    public GroupRule getRule() {
        return rule;
    }

    public void setRule(GroupRule rule) {
        this.rule = rule;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public GroupRule[] getRules() {
        return GroupRule.values();
    }

    public Map<String, Integer> getChosen() {
        return chosen;
    }
}
