package org.seminardesk.seminar.groups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/manage/seminars/{id}/groups: organisers split the attendees into groups and adjust them; staff may read
 * (web.xml).
 */
@RequestScoped
@Transactional
@Path("manage/seminars/{id}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupWorkResource {

    /** {"rule": "BALANCED", "groups": 3}; BY_FIELD ignores the count. */
    public record SplitInput(@NotNull GroupRule rule, @Min(1) @Max(GroupRule.MAX_GROUPS) int groups) implements java.io.Serializable {
    }

    public record MoveInput(@Min(1) int group) implements java.io.Serializable {
    }

    public record RenameInput(@NotNull @Size(min = 1, max = 100) String name) implements java.io.Serializable {
    }

    @Inject
    GroupWorkService groups;

    /** Staff read it too: they seat people at their group's table on the day. */
    @GET
    @org.seminardesk.security.StaffMayRead
    public GroupsView get(@PathParam("id") long id) {
        return groups.view(id);
    }

    @POST
    public GroupsView split(@PathParam("id") long id, @NotNull @Valid SplitInput input) {
        return groups.split(id, input.rule(), input.groups());
    }

    @PUT
    @Path("members/{memberKey}")
    public GroupsView move(@PathParam("id") long id, @PathParam("memberKey") String memberKey, @NotNull @Valid MoveInput input) {
        return groups.move(id, memberKey, input.group());
    }

    @PUT
    @Path("{number}")
    public GroupsView rename(@PathParam("id") long id, @PathParam("number") int number, @NotNull @Valid RenameInput input) {
        return groups.rename(id, number, input.name());
    }
}
