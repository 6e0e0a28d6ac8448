package org.seminardesk.speaker;

import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Set;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.EntityTable;
import org.seminardesk.platform.web.FormChecks;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.LazyTable;

/** manage/speakers.xhtml (organisers): speakers in a lazy table, and a form to add one or edit the chosen one. */
@Named
@ViewScoped
public class SpeakersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final EntityTable.Columns COLUMNS = new EntityTable.Columns(
            Set.of("name", "affiliation"), Set.of("name", "affiliation"), "name");

    @Inject
    EntityTable table;

    @Inject
    SpeakerService speakers;

    @Inject
    Validator validator;

    private LazyTable<Speaker, SpeakerView> rows;
    private Long editing;
    private String name;
    private String affiliation;
    private String title;
    private String bio;

    @PostConstruct
    void init() {
        rows = new LazyTable<>(table, Speaker.class, COLUMNS, SpeakerView::of, SpeakerView::id);
    }

    public void edit(long id) {
        SpeakerView s = speakers.find(id).map(SpeakerView::of).orElseThrow(() -> DomainException.notFound("Speaker", id));
        editing = s.id();
        name = s.name();
        affiliation = s.affiliation();
        title = s.title();
        bio = s.bio();
    }

    public void startNew() {
        editing = null;
        name = null;
        affiliation = null;
        title = null;
        bio = null;
    }

    public void save() {
        SpeakerInput input = new SpeakerInput(name, affiliation, title, bio);
        if (!FormChecks.valid(validator, input, "form")) {
            return;
        }
        try {
            Speaker saved = editing == null ? speakers.create(input.details()) : speakers.update(editing, input.details());
            PageParams.reloadSaying(text("organisations.saved") + " " + saved.name());
        } catch (DomainException refused) {
            FormChecks.refused(refused, "form");
        }
    }

    public LazyTable<Speaker, SpeakerView> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAffiliation() { return affiliation; }
    public void setAffiliation(String v) { affiliation = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getBio() { return bio; }
    public void setBio(String v) { bio = v; }
}
