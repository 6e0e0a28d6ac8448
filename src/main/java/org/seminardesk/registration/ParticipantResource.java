package org.seminardesk.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.seminardesk.mail.CalendarInvite;
import org.seminardesk.platform.DomainException;

/**
 * /api/participants/{token}: one participant's own link (public, rate-limited like the other token routes).
 * It shows and changes only that person's entry. A wrong token is a plain 404.
 */
@RequestScoped
@Transactional
@Path("participants/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    @Inject
    ParticipantLinks participants;

    @Inject
    Clock clock;

    /** Their own needs; needsConsent: they agree to their use (required when any are given). */
    public record Needs(@Size(max = 1000) String accessibilityNeeds, Boolean needsConsent) implements java.io.Serializable {
    }

    /** How they take part in a hybrid seminar. */
    public record ModeChoice(@NotNull org.seminardesk.seminar.AttendanceMode mode) implements java.io.Serializable {
    }

    @GET
    public ParticipantView get(@PathParam("token") String token) {
        return participants.view(token).orElseThrow(ParticipantResource::unknown);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ParticipantView changeNeeds(@PathParam("token") String token, @NotNull Needs needs) {
        return participants.changeNeeds(token, needs.accessibilityNeeds(), Boolean.TRUE.equals(needs.needsConsent()));
    }

    /** They now come to the venue or join online; 409 when that mode has no seat left (nothing changes). */
    @PUT
    @Path("mode")
    @Consumes(MediaType.APPLICATION_JSON)
    public ParticipantView changeMode(@PathParam("token") String token, @NotNull @jakarta.validation.Valid ModeChoice choice) {
        return participants.changeMode(token, choice.mode());
    }

    @DELETE
    public Response cancelSeat(@PathParam("token") String token) {
        participants.cancelSeat(token);
        return Response.noContent().build();
    }

    /** Their own calendar entry (.ics), with the online link only while their registration is confirmed and once it is released. */
    @GET
    @Path("calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("token") String token) {
        Participant person = participants.byToken(token).orElseThrow(ParticipantResource::unknown);
        Registration registration = person.registration();
        boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
        var invite = CalendarInvite.of(registration.seminar(), person.mode(),
                registration.seminar().onlineLinkFor(person.mode(), confirmed, clock.instant()),
                registration.status() == RegistrationStatus.CANCELLED, clock.instant());
        return Response.ok(invite.content(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"seminar-" + registration.seminar().id() + ".ics\"")
                .header("Cache-Control", "no-store").build();
    }

    /** Their check-in code as a QR code (SVG), for the door; 404 when they have none (not confirmed, online only). */
    @GET
    @Path("checkin-qr.svg")
    @Produces("image/svg+xml")
    public Response checkinQr(@PathParam("token") String token) {
        String code = participants.view(token).map(ParticipantView::checkinCode)
                .orElseThrow(ParticipantResource::unknown);
        if (code == null) {
            throw unknown();
        }
        return Response.ok(org.seminardesk.platform.QrCode.svg(code), "image/svg+xml")
                .header("Cache-Control", "no-store").build();
    }

    /** Their attendance certificate (PDF), once they attended and the seminar is over; lang: ja or en. */
    @GET
    @Path("certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("token") String token, @jakarta.ws.rs.QueryParam("lang") String lang) {
        java.util.Locale language = "en".equals(lang) ? java.util.Locale.ENGLISH : "ja".equals(lang) ? java.util.Locale.JAPANESE : null;
        return Response.ok(certificates.forParticipant(token, language), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @Inject
    org.seminardesk.certificate.CertificateService certificates;

    private static DomainException unknown() {
        return DomainException.notFound("Participant", "link");
    }
}
