package org.seminardesk.material;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /api/participants/{token}/materials: what the holder of a participant link may see of their seminar's materials. */
@RequestScoped
@Path("participants/{token}/materials")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantMaterialResource {

    @Inject
    MaterialService materials;

    @GET
    public List<MaterialView> list(@PathParam("token") String token) {
        return materials.forParticipant(token);
    }

    @GET
    @Path("{materialId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("token") String token, @PathParam("materialId") long materialId) {
        return MaterialResource.file(materials.forParticipant(token, materialId));
    }
}
