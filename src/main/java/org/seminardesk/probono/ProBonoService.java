package org.seminardesk.probono;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.audit.Audited;

/** Pro bono needs and offers as registered, the matches organisers make, and their outcomes. */
@ApplicationScoped
@Transactional
public class ProBonoService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Audited("probono")
    public ProBonoView.Need registerNeed(ProBonoInputs.Need input) {
        Organisation organisation = Optional.ofNullable(em.find(Organisation.class, input.organisationId()))
                .orElseThrow(() -> DomainException.invalid("organisationId", "Organisation " + input.organisationId() + " does not exist"));
        ProBonoNeed need = new ProBonoNeed(organisation, input, clock.instant());
        em.persist(need);
        em.flush();
        return ProBonoView.Need.of(need);
    }

    @Audited("probono")
    public ProBonoView.Offer registerOffer(ProBonoInputs.Offer input) {
        ProBonoOffer offer = new ProBonoOffer(input, clock.instant());
        em.persist(offer);
        em.flush();
        return ProBonoView.Offer.of(offer);
    }

    public ProBonoView view() {
        return new ProBonoView(
                em.createNamedQuery("ProBonoNeed.findAll", ProBonoNeed.class).getResultStream().map(ProBonoView.Need::of).toList(),
                em.createNamedQuery("ProBonoOffer.findAll", ProBonoOffer.class).getResultStream().map(ProBonoView.Offer::of).toList(),
                em.createNamedQuery("ProBonoMatch.findAll", ProBonoMatch.class).getResultStream().map(ProBonoView.Match::of).toList());
    }

    /** Matches an open need with an offer; the need is locked so that two organisers cannot both match it. */
    @Audited("probono")
    public ProBonoView.Match match(ProBonoInputs.Match input, String organiser) {
        ProBonoNeed need = Optional.ofNullable(em.find(ProBonoNeed.class, input.needId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.invalid("needId", "Need " + input.needId() + " does not exist"));
        ProBonoOffer offer = Optional.ofNullable(em.find(ProBonoOffer.class, input.offerId()))
                .orElseThrow(() -> DomainException.invalid("offerId", "Offer " + input.offerId() + " does not exist"));
        ProBonoMatch match = new ProBonoMatch(need, offer, input.note(), clock.instant(), organiser);
        em.persist(match);
        em.flush();
        return ProBonoView.Match.of(match);
    }

    @Audited("probono")
    public ProBonoView.Match recordOutcome(long matchId, ProBonoInputs.Outcome input) {
        ProBonoMatch match = Optional.ofNullable(em.find(ProBonoMatch.class, matchId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("Match", matchId));
        em.lock(match.need(), LockModeType.PESSIMISTIC_WRITE);
        match.record(input.outcome(), input.note());
        em.flush();
        return ProBonoView.Match.of(match);
    }

    /** The fiscal year's matches that were not cancelled, for the annual report. */
    public List<ProBonoView.Match> matchesIn(int fiscalYear) {
        return em.createNamedQuery("ProBonoMatch.findInYear", ProBonoMatch.class).setParameter("year", fiscalYear)
                .setParameter("cancelled", ProBonoMatch.Outcome.CANCELLED).getResultStream().map(ProBonoView.Match::of).toList();
    }
}
