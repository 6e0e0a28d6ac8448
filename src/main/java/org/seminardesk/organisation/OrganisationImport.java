package org.seminardesk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.EmailAddress;
import org.seminardesk.security.audit.Audited;

/**
 * Organisations and contacts from a CSV or Excel file: a preview says per line what would happen (new,
 * update, a contact added) and what is wrong; importing stores everything or, if any line is wrong, nothing.
 * Names are compared after folding (OrganisationNames: widths, spaces, case), in the file and against the
 * organisations already kept.
 */
@ApplicationScoped
@Transactional
public class OrganisationImport {

    public enum Action { NEW, UPDATE }

    /** What one line does: the organisation it creates or updates (by its kept name) and whether it adds a contact. */
    public record Planned(int line, String name, Action action, String existingName, boolean addsContact) implements java.io.Serializable {
    }

    public record Preview(List<Planned> lines, List<OrganisationSheet.Problem> problems) implements java.io.Serializable {

        public boolean importable() {
            return problems.isEmpty() && !lines.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationContacts contacts;

    @Inject
    Clock clock;

    public Preview preview(byte[] content) {
        OrganisationSheet.Read read = OrganisationSheet.read(content);
        List<OrganisationSheet.Problem> problems = new ArrayList<>(read.problems());
        Map<String, Integer> firstLineOf = new HashMap<>();
        Map<String, Organisation> kept = new HashMap<>();
        organisations.list().forEach(o -> kept.putIfAbsent(OrganisationNames.fold(o.name()), o));
        List<Planned> planned = new ArrayList<>();
        for (OrganisationSheet.Line line : read.lines()) {
            String folded = OrganisationNames.fold(line.name());
            Integer earlier = firstLineOf.putIfAbsent(folded, line.line());
            if (earlier != null && line.contactEmail() == null) {
                problems.add(new OrganisationSheet.Problem(line.line(), "the same organisation as line " + earlier + " (" + line.name() + ")",
                        earlier + " 行目と同じ事業所です（" + line.name() + "）"));
                continue;
            }
            Organisation existing = kept.get(folded);
            boolean addsContact = line.contactEmail() != null && (existing == null || contacts.of(existing.id()).stream()
                    .noneMatch(c -> c.email().equals(EmailAddress.normalise(line.contactEmail()))));
            planned.add(new Planned(line.line(), line.name(), existing == null && earlier == null ? Action.NEW : Action.UPDATE,
                    existing == null ? null : existing.name(), addsContact));
        }
        problems.sort(java.util.Comparator.comparingInt(OrganisationSheet.Problem::line));
        return new Preview(planned, problems);
    }

    /** Stores the file's organisations and contacts, all of them or — if any line is wrong — none (422 naming each line). */
    @Audited("organisation")
    public Preview importFile(byte[] content) {
        Preview preview = preview(content);
        if (!preview.problems().isEmpty()) {
            StringBuilder message = new StringBuilder("Nothing was imported: ");
            StringBuilder japanese = new StringBuilder();
            preview.problems().forEach(p -> {
                message.append(p.line() > 0 ? "line " + p.line() + ": " : "").append(p.message()).append(". ");
                japanese.append(p.line() > 0 ? p.line() + " 行目：" : "").append(p.messageJa()).append("。");
            });
            DomainException refused = DomainException.invalid("file", message.toString().strip());
            throw refused.withCode("organisation.importRefused", preview.problems().size(), japanese.toString());
        }
        if (preview.lines().isEmpty()) {
            throw DomainException.invalid("file", "The file lists no organisation").withCode("organisation.importEmpty");
        }
        Map<String, Organisation> byName = new HashMap<>();
        organisations.list().forEach(o -> byName.putIfAbsent(OrganisationNames.fold(o.name()), o));
        for (OrganisationSheet.Line line : OrganisationSheet.read(content).lines()) {
            String folded = OrganisationNames.fold(line.name());
            Organisation organisation = Optional.ofNullable(byName.get(folded)).map(o -> update(o, line)).orElseGet(() -> create(line));
            byName.put(folded, organisation);
            if (line.contactEmail() != null && contacts.of(organisation.id()).stream()
                    .noneMatch(c -> c.email().equals(EmailAddress.normalise(line.contactEmail())))) {
                contacts.add(organisation.id(), new ContactDetails(line.contactName(), line.contactEmail(), line.contactPhone(), line.contactRole()));
            }
        }
        return preview;
    }

    private Organisation create(OrganisationSheet.Line line) {
        return organisations.create(new OrganisationDetails(line.name(), line.type() == null ? FacilityType.OTHER : line.type(),
                null, line.email(), line.phone(), null, line.postalAddress()));
    }

    /** What the line gives replaces what is kept; what it leaves empty stays. */
    private Organisation update(Organisation organisation, OrganisationSheet.Line line) {
        organisation.update(new OrganisationDetails(organisation.name(),
                line.type() != null ? line.type() : organisation.facilityType(), organisation.contactPerson(),
                line.email() != null ? line.email() : organisation.email(), line.phone() != null ? line.phone() : organisation.phone(),
                organisation.language().getLanguage(), line.postalAddress() != null ? line.postalAddress() : organisation.postalAddress()));
        return organisation;
    }
}
