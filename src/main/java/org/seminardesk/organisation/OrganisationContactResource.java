package org.seminardesk.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/organisations/{id}/contacts, portal links and deactivation: personal data, read by organisers and
 * staff, changed by organisers only (web.xml, as for organisations).
 */
@RequestScoped
@Transactional
@Path("organisations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationContactResource {

    @Inject
    OrganisationContacts contacts;

    @Inject
    OrganisationService organisations;

    /** contactIds: whom to send to (empty or absent: every contact); renew: earlier links stop working first. */
    public record PortalLinks(List<Long> contactIds, boolean renew) {
    }

    public record Mailed(int mailed) {
    }

    @GET
    @Path("contacts")
    public List<ContactView> list(@PathParam("id") long id) {
        return contacts.of(id).stream().map(ContactView::of).toList();
    }

    @POST
    @Path("contacts")
    public Response add(@PathParam("id") long id, @NotNull @Valid ContactDetails input, @Context UriInfo uri) {
        OrganisationContact contact = contacts.add(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(contact.id())).build())
                .entity(ContactView.of(contact)).build();
    }

    @PUT
    @Path("contacts/{contactId}")
    public ContactView update(@PathParam("id") long id, @PathParam("contactId") long contactId,
                              @NotNull @Valid ContactDetails input) {
        return ContactView.of(contacts.update(id, contactId, input));
    }

    @DELETE
    @Path("contacts/{contactId}")
    public Response remove(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        contacts.remove(id, contactId);
        return Response.noContent().build();
    }

    @POST
    @Path("portal-links")
    public Mailed sendPortalLinks(@PathParam("id") long id, @NotNull PortalLinks request) {
        return new Mailed(contacts.sendPortalLinks(id, request.contactIds(), request.renew()));
    }

    @POST
    @Path("deactivate")
    public OrganisationView deactivate(@PathParam("id") long id) {
        return OrganisationView.of(organisations.setActive(id, false));
    }

    @POST
    @Path("reactivate")
    public OrganisationView reactivate(@PathParam("id") long id) {
        return OrganisationView.of(organisations.setActive(id, true));
    }
}
