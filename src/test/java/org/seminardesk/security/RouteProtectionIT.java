package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Deployments;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.OpenApiRoutes;

/**
 * Walks every REST route (from the OpenAPI document the server makes of the deployment) and every Faces view
 * (from the deployed archive) and checks who is let in: a route nobody listed here as public must refuse the
 * anonymous, and one not listed for staff must refuse staff. A new route cannot be forgotten: it is refused
 * until someone decides otherwise here.
 */
class RouteProtectionIT extends ApplicationIT {

    /** Open to everyone: the programme, registering and the organisations' token links, pro bono sign-ups. */
    private static final List<Pattern> PUBLIC = patterns(
            "GET /api/seminars.*", "GET /api/speakers.*", "GET /api/venues.*",
            "(GET|POST|PUT|DELETE) /api/registrations.*",
            "(GET|PUT) /api/written-replies/.*", "(GET|PUT) /api/survey-responses/.*",
            "(GET|POST) /api/portal/.*", "POST /api/portal-links", "(GET|POST) /api/registration-requests/.*",
            "(GET|PUT|DELETE) /api/participants/.*", "GET /api/certificates/.*",
            "POST /api/probono/(needs|offers)");

    /**
     * Staff (and organisers) may do exactly these; other routes that are not public are the organisers' alone.
     * Of /api/manage only a seminar's participant list, its exports and its groups (security/StaffMayRead).
     */
    private static final List<Pattern> STAFF = patterns(
            "GET /api/manage/seminars/\\{seminarId}/registrations(/export|/export\\.xlsx)?", "GET /api/manage/seminars/\\{id}/groups",
            ".* /api/attendance/.*");

    /** Admins alone: accounts and the audit log; organisers are refused too. */
    private static final List<Pattern> ADMIN = patterns(".* /api/admin/.*");

    /** Test-only controls added to the test deployment (testing/server), organisers only like the rest. */
    private static final Set<String> NOT_IN_PRODUCTION = Set.of("/api/manage/test/dispatchers", "/api/manage/test/personal-data",
            "/api/manage/test/rate-limit", "/api/manage/test/checksum", "/api/manage/test/age");

    private static List<Pattern> patterns(String... regexes) {
        return List.of(regexes).stream().map(Pattern::compile).toList();
    }

    private static boolean matches(List<Pattern> patterns, String route) {
        return patterns.stream().anyMatch(p -> p.matcher(route).matches());
    }

    /** "/api/manage/meetings/{id}/agenda" → "/api/manage/meetings/987654321/agenda": a record that does not exist. */
    private static String concrete(String path) {
        return path.replaceAll("\\{token}", "x".repeat(43)).replaceAll("\\{[^}]+}", "987654321");
    }

    private List<String> restRoutes() {
        return OpenApiRoutes.of(OpenApiRoutes.document(anonymous)).stream().map(OpenApiRoutes.Route::toString).toList();
    }

    @Test
    void everyRestRouteRefusesWhomItShould() {
        List<String> routes = restRoutes();
        assertTrue(routes.size() > 60, "all routes found: " + routes.size());
        List<String> wrong = new ArrayList<>();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (NOT_IN_PRODUCTION.stream().anyMatch(path::startsWith)) {
                continue;
            }
            String body = Set.of("POST", "PUT", "PATCH").contains(method) ? "{}" : null;
            String url = concrete(path).substring(1);
            if (!matches(PUBLIC, route)) {
                int status = anonymous.send(method, url, body).status();
                if (status != 401) {
                    wrong.add("anonymous " + route + " → " + status);
                }
                int staffStatus = staff.send(method, url, body).status();
                if (!matches(STAFF, route) && staffStatus != 403) {
                    wrong.add("staff " + route + " → " + staffStatus);
                }
                if (matches(STAFF, route) && staffStatus == 403) {
                    wrong.add("staff refused on a route listed for staff: " + route);
                }
                if (matches(ADMIN, route)) {
                    int organiserStatus = organiser.send(method, url, body).status();
                    if (organiserStatus != 403) {
                        wrong.add("organiser " + route + " → " + organiserStatus);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void staffReadTheParticipantListButNotProBonoContactsSurveyAnswersOrOrganisations() {
        assertEquals(403, staff.get("api/manage/probono").status(), "pro bono contacts");
        assertEquals(200, organiser.get("api/manage/probono").status());
        assertEquals(403, staff.get("api/organisations").status(), "member organisations' contact details");
        assertEquals(403, staff.get("api/manage/mail?registrationId=1").status(), "the outbox");
        long seminar = publishedSeminar(10);
        assertEquals(200, staff.get("api/manage/seminars/" + seminar + "/registrations").status());
        assertEquals(200, staff.get("api/manage/seminars/" + seminar + "/registrations/export").status());
    }

    @Test
    void everyFacesViewUnderStaffOrManageRefusesWhomItShould() {
        List<String> views = Deployments.application().getContent().keySet().stream().map(org.jboss.shrinkwrap.api.ArchivePath::get)
                .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/")).sorted().toList();
        assertTrue(views.size() > 20, "views found: " + views);
        List<String> wrong = new ArrayList<>();
        for (String view : views) {
            String url = view.substring(1) + "?id=987654321&seminar=987654321";
            boolean admins = view.startsWith("/admin/");
            boolean organisers = view.startsWith("/manage/") || admins;
            boolean signedIn = organisers || view.startsWith("/staff/") || view.equals("/account.xhtml");
            Http.Reply answer = anonymous.get(url);
            String location = String.valueOf(answer.header("Location"));
            if (signedIn && !(answer.status() == 302 && location.contains("/login.xhtml?next=" + URLEncoder.encode(view, StandardCharsets.UTF_8)))) {
                wrong.add("anonymous " + view + " → " + answer.status() + " " + location + " (not sent to the login page)");
            }
            if (!signedIn && answer.status() >= 500) {
                wrong.add("anonymous " + view + " → " + answer.status() + " (a public page must not fail)");
            }
            int staffStatus = staff.get(url).status();
            if (organisers && staffStatus != 403) {
                wrong.add("staff " + view + " → " + staffStatus);
            }
            int organiserStatus = organiser.get(url).status();
            if (admins && organiserStatus != 403) {
                wrong.add("organiser " + view + " → " + organiserStatus);
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }
}
