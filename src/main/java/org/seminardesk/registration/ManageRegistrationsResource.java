package org.seminardesk.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.Seminar;

/** /api/manage/seminars/{id}/registrations: who registered, for organisers and staff (web.xml guards /api/manage). */
@RequestScoped
@Transactional
@Path("manage/seminars/{seminarId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class ManageRegistrationsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @GET
    public SeminarRegistrationsView list(@PathParam("seminarId") long seminarId) {
        Seminar seminar = java.util.Optional.ofNullable(em.find(Seminar.class, seminarId))
                .orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
        return SeminarRegistrationsView.of(seminar, registrations.listForSeminar(seminar));
    }
}
