package org.seminardesk.platform.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.seminardesk.platform.web.PublicLinks;

/**
 * The one mechanism for private links (registrations, survey answers, written replies): issue a token for a
 * subject, find the subject a token opens, revoke all of a subject's tokens. Tokens are stored as SHA-256
 * hashes only. Mail does not carry a token when it is written: its body holds {@link #MAIL_LINK} and the
 * dispatcher issues a fresh token for that one mail as it sends it (see docs/security.md).
 */
@ApplicationScoped
@Transactional
public class AccessLinks {

    /** Stands in a stored mail body where the recipient's private link goes; replaced as the mail is sent. */
    public static final String MAIL_LINK = "{{private-link}}";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PublicLinks links;

    public AccessToken issue(LinkPurpose purpose, long subjectId) {
        AccessToken token = AccessToken.generate();
        em.persist(new AccessLink(token, purpose, subjectId, clock.instant()));
        return token;
    }

    /** The subject a token opens for this purpose; a malformed, unknown, revoked or other-purpose token opens nothing. */
    public Optional<Long> subjectOf(LinkPurpose purpose, String token) {
        return AccessToken.parse(token).map(t -> em.find(AccessLink.class, t.hash()))
                .filter(link -> link.purpose() == purpose).map(AccessLink::subjectId);
    }

    /** Every link of the subject stops working at once (a link forwarded too widely, a renewal). */
    public void revokeAll(LinkPurpose purpose, long subjectId) {
        em.createNamedQuery("AccessLink.revokeAll").setParameter("purpose", purpose).setParameter("subject", subjectId)
                .executeUpdate();
    }

    /** The address of a private link, e.g. https://seminars.example.jp/r/abc…. */
    public String url(LinkPurpose purpose, AccessToken token) {
        return links.to(purpose.path() + token.value());
    }
}
