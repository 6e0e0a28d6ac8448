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
import org.seminardesk.platform.DomainException;

/**
 * /api/organisations: member organisations, their contact persons, portal links and deactivation. Contact
 * details are personal data, so every method is for organisers and staff (web.xml), changes for organisers.
 */
@RequestScoped
@Transactional
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @GET
    public List<OrganisationView> list() {
        return organisations.list().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return organisations.find(id).map(OrganisationView::of)
                .orElseThrow(() -> DomainException.notFound("Organisation", id));
    }

    @POST
    public Response create(@NotNull @Valid OrganisationInput input, @Context UriInfo uri) {
        Organisation organisation = organisations.create(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(organisation.id())).build())
                .entity(OrganisationView.of(organisation)).build();
    }

    @PUT
    @Path("{id}")
    public OrganisationView update(@PathParam("id") long id, @NotNull @Valid OrganisationInput input) {
        return OrganisationView.of(organisations.update(id, input.details()));
    }

    @Inject
    OrganisationContacts contacts;

    @Inject
    OrganisationImport imports;

    @Inject
    OrganisationMerge merges;

    public record MergeInto(@NotNull Long intoId) implements java.io.Serializable {
    }

    /**
     * A CSV or Excel list of organisations and contacts: with dryRun (the default) what would happen per line
     * and what is wrong; without, all stored or — any line wrong — none (422 naming each line).
     */
    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public OrganisationImport.Preview importFile(byte[] content, @jakarta.ws.rs.QueryParam("dryRun") @jakarta.ws.rs.DefaultValue("true") boolean dryRun) {
        return dryRun ? imports.preview(content) : imports.importFile(content);
    }

    @GET
    @Path("exports/organisations.csv") // not "export.csv": a single segment would compete with {id}
    @Produces("text/csv")
    public Response export() {
        audit.record("download.organisations", "organisation", null, "csv");
        return Response.ok(OrganisationExport.csv(organisations.list(), o -> contacts.of(o.id())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organisations.csv\"").header("Cache-Control", "no-store").build();
    }

    @Inject
    org.seminardesk.security.audit.AuditLog audit;

    /** This organisation merged into another (intoId): the other keeps everything, this one goes. */
    @POST
    @Path("{id}/merge")
    public OrganisationView merge(@PathParam("id") long id, @NotNull @Valid MergeInto into) {
        return OrganisationView.of(merges.merge(id, into.intoId()));
    }


    /** contactIds: whom to send to (empty or absent: every contact); renew: earlier links stop working first. */
    public record PortalLinks(List<Long> contactIds, boolean renew) implements java.io.Serializable {
    }

    public record Mailed(int mailed) implements java.io.Serializable {
    }

    @GET
    @Path("{id}/contacts")
    public List<ContactView> contacts(@PathParam("id") long id) {
        return contacts.of(id).stream().map(ContactView::of).toList();
    }

    @POST
    @Path("{id}/contacts")
    public Response addContact(@PathParam("id") long id, @NotNull @Valid ContactDetails input, @Context UriInfo uri) {
        OrganisationContact contact = contacts.add(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(contact.id())).build())
                .entity(ContactView.of(contact)).build();
    }

    @PUT
    @Path("{id}/contacts/{contactId}")
    public ContactView updateContact(@PathParam("id") long id, @PathParam("contactId") long contactId,
                              @NotNull @Valid ContactDetails input) {
        return ContactView.of(contacts.update(id, contactId, input));
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    public Response removeContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        contacts.remove(id, contactId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/portal-links")
    public Mailed sendPortalLinks(@PathParam("id") long id, @NotNull PortalLinks request) {
        return new Mailed(contacts.sendPortalLinks(id, request.contactIds(), request.renew()));
    }

    @POST
    @Path("{id}/deactivate")
    public OrganisationView deactivate(@PathParam("id") long id) {
        return OrganisationView.of(organisations.setActive(id, false));
    }

    @POST
    @Path("{id}/reactivate")
    public OrganisationView reactivate(@PathParam("id") long id) {
        return OrganisationView.of(organisations.setActive(id, true));
    }
}
