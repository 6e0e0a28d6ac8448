package org.seminardesk.seminar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.audit.Audited;

/** Venues: names are unique, so organisers pick the right one from a list. */
@ApplicationScoped
@Transactional
public class VenueService {

    @PersistenceContext
    EntityManager em;

    public List<VenueView> list() {
        return em.createNamedQuery("Venue.findAll", Venue.class).getResultStream().map(VenueView::of).toList();
    }

    public Optional<Venue> find(long id) {
        return Optional.ofNullable(em.find(Venue.class, id));
    }

    @Audited("venue")
    public Venue create(Venue.Details details) {
        requireUniqueName(details.name(), null);
        Venue venue = new Venue(details);
        em.persist(venue);
        return venue;
    }

    @Audited("venue")
    public Venue update(long id, Venue.Details details) {
        Venue venue = find(id).orElseThrow(() -> DomainException.notFound("Venue", id));
        requireUniqueName(details.name(), venue);
        venue.update(details);
        return venue;
    }

    private void requireUniqueName(String name, Venue self) {
        if (name == null) {
            return;
        }
        em.createNamedQuery("Venue.findByName", Venue.class).setParameter("name", name.strip()).getResultStream()
                .filter(other -> other != self).findFirst().ifPresent(other -> {
                    throw new DomainException(DomainException.Kind.CONFLICT, "name", "A venue named " + other.name() + " already exists").withCode("nameTaken", other.name());
                });
    }
}
