package org.seminardesk.security.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/manage/personal-data (organisers, web.xml): what is held under a mail address, and erasing it on the
 * person's request. The address travels in the body, never in a URL that could be logged.
 */
@RequestScoped
@Path("manage/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    public record Person(@NotBlank @Email @Size(max = 254) String email) implements java.io.Serializable {
    }

    /** confirm: the organiser knows erasing cannot be undone. */
    public record EraseRequest(@NotBlank @Email @Size(max = 254) String email,
                               @NotNull @AssertTrue(message = "must be true: erasing cannot be undone") Boolean confirm) implements java.io.Serializable {
    }

    /** A name (or part of one) of a participant without an address of their own. */
    public record Name(@NotBlank @Size(max = 100) String name) implements java.io.Serializable {
    }

    public record EraseParticipant(@NotNull Long participantId,
                                   @NotNull @AssertTrue(message = "must be true: erasing cannot be undone") Boolean confirm)
            implements java.io.Serializable {
    }

    @Inject
    PrivacyRequests requests;

    @POST
    @Path("participants")
    public java.util.List<PersonalData.NamedParticipant> findByName(@NotNull @Valid Name name) {
        return requests.findByName(name.name());
    }

    /** One participant by id; one who has an address is erased by it, everywhere. 404 for no such participant. */
    @POST
    @Path("participants/erase")
    public Erasure.Erased eraseParticipant(@NotNull @Valid EraseParticipant request) {
        return requests.eraseParticipant(request.participantId());
    }

    @POST
    @Path("export")
    public PersonalData.Held export(@NotNull @Valid Person person) {
        return requests.export(person.email());
    }

    @POST
    @Path("erase")
    public Erasure.Erased erase(@NotNull @Valid EraseRequest request) {
        return requests.erase(request.email());
    }
}
