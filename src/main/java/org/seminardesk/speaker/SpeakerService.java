package org.seminardesk.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.audit.Audited;

@ApplicationScoped
@Transactional
public class SpeakerService {

    @PersistenceContext
    EntityManager em;

    public List<Speaker> list() {
        return em.createNamedQuery("Speaker.findAll", Speaker.class).getResultList();
    }

    public Optional<Speaker> find(long id) {
        return Optional.ofNullable(em.find(Speaker.class, id));
    }

    @Audited("speaker")
    public Speaker create(SpeakerDetails details) {
        Speaker speaker = new Speaker(details);
        em.persist(speaker);
        return speaker;
    }

    @Audited("speaker")
    public Speaker update(long id, SpeakerDetails details) {
        Speaker speaker = find(id).orElseThrow(() -> DomainException.notFound("Speaker", id));
        speaker.update(details);
        return speaker;
    }
}
