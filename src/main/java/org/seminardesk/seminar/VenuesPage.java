package org.seminardesk.seminar;

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

/** manage/venues.xhtml (organisers): venues with address and access notes; a lazy table and a form. */
@Named
@ViewScoped
public class VenuesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final EntityTable.Columns COLUMNS = new EntityTable.Columns(
            Set.of("name", "address"), Set.of("name", "address"), "name");

    @Inject
    EntityTable table;

    @Inject
    VenueService venues;

    @Inject
    Validator validator;

    private LazyTable<Venue, VenueView> rows;
    private Long editing;
    private String name;
    private String address;
    private String accessNotes;

    @PostConstruct
    void init() {
        rows = new LazyTable<>(table, Venue.class, COLUMNS, VenueView::of, VenueView::id);
    }

    public void edit(long id) {
        VenueView v = venues.find(id).map(VenueView::of).orElseThrow(() -> DomainException.notFound("Venue", id));
        editing = v.id();
        name = v.name();
        address = v.address();
        accessNotes = v.accessNotes();
    }

    public void startNew() {
        editing = null;
        name = null;
        address = null;
        accessNotes = null;
    }

    public void save() {
        VenueInput input = new VenueInput(name, address, accessNotes);
        if (!FormChecks.valid(validator, input, "form")) {
            return;
        }
        try {
            Venue saved = editing == null ? venues.create(input.details()) : venues.update(editing, input.details());
            PageParams.reloadSaying(text("organisations.saved") + " " + saved.name());
        } catch (DomainException refused) {
            FormChecks.refused(refused, "form");
        }
    }

    public LazyTable<Venue, VenueView> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getAccessNotes() { return accessNotes; }
    public void setAccessNotes(String v) { accessNotes = v; }
}
