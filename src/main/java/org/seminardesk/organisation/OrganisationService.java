package org.seminardesk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.audit.Audited;

/** Member organisations: names are unique, so the same facility is not entered twice. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    public List<Organisation> list() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
    }

    /** The organisations that are offered, announced to and let in: not deactivated. */
    public List<Organisation> active() {
        return em.createNamedQuery("Organisation.findActive", Organisation.class).getResultList();
    }

    /** Deactivated: its history stays (never deleted while referenced); it is no longer offered or let in. */
    @Audited("organisation")
    public Organisation setActive(long id, boolean active) {
        Organisation organisation = find(id).orElseThrow(() -> DomainException.notFound("Organisation", id));
        if (active) {
            organisation.reactivate();
        } else {
            organisation.deactivate(clock.instant());
        }
        return organisation;
    }

    /** The organisation with this name once widths, spaces and case are folded (OrganisationNames), if any. */
    public Optional<Organisation> findByFoldedName(String name) {
        String folded = OrganisationNames.fold(name);
        return list().stream().filter(o -> OrganisationNames.fold(o.name()).equals(folded)).findFirst();
    }

    /** A public registrant's own organisation: the one of that (folded) name, or a new non-member. */
    public Organisation nonMemberNamed(String name, String language) {
        return findByFoldedName(name).orElseGet(() -> {
            Organisation organisation = Organisation.nonMember(name.strip(), FacilityType.OTHER, language);
            em.persist(organisation);
            return organisation;
        });
    }

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Optional<Organisation> findByName(String name) {
        return em.createNamedQuery("Organisation.findByName", Organisation.class)
                .setParameter("name", name.strip()).getResultStream().findFirst();
    }

    public Organisation create(OrganisationDetails details) {
        requireUniqueName(details.name(), null);
        Organisation organisation = new Organisation(details);
        em.persist(organisation);
        return organisation;
    }

    public Organisation update(long id, OrganisationDetails details) {
        Organisation organisation = find(id).orElseThrow(() -> DomainException.notFound("Organisation", id));
        requireUniqueName(details.name(), organisation);
        organisation.update(details);
        return organisation;
    }

    private void requireUniqueName(String name, Organisation self) {
        if (name == null) {
            return;
        }
        findByName(name).filter(other -> other != self).ifPresent(other -> {
            throw new DomainException(DomainException.Kind.CONFLICT, "name",
                    "An organisation named " + other.name() + " already exists").withCode("nameTaken", other.name());
        });
    }
}
