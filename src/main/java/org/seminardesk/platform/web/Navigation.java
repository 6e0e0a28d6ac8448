package org.seminardesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The menu of the signed-in areas, by role (layout.xhtml), and the breadcrumbs of the page shown: area start
 * page › menu entry › this page. Pages not in the menu name the entry they belong to in PARENTS.
 */
@Named
@RequestScoped
public class Navigation {

    /** A menu entry: path relative to the application, bundle key of its label. */
    public record Item(String path, String labelKey, boolean current) implements java.io.Serializable {
    }

    /** The entries of one role, the first being the area's start page. */
    public record Area(String labelKey, List<Item> items) implements java.io.Serializable {
    }

    private record Entry(String path, String labelKey) implements java.io.Serializable {
    }

    private static final List<Entry> ORGANISER = List.of(
            new Entry("manage/index.xhtml", "nav.dashboard"),
            new Entry("manage/seminars.xhtml", "nav.seminars"),
            new Entry("manage/registrations.xhtml", "registrations.title"),
            new Entry("manage/announcements.xhtml", "announcement.title"),
            new Entry("manage/surveys.xhtml", "survey.title"),
            new Entry("manage/organisations.xhtml", "organisations.title"),
            new Entry("manage/speakers.xhtml", "speakers.title"),
            new Entry("manage/venues.xhtml", "venues.title"),
            new Entry("manage/probono.xhtml", "probono.manageTitle"),
            new Entry("manage/report.xhtml", "report.title"),
            new Entry("manage/mail.xhtml", "outbox.title"),
            new Entry("manage/personal-data.xhtml", "privacy.requests"));

    private static final List<Entry> STAFF = List.of(
            new Entry("staff/index.xhtml", "nav.attendance"),
            new Entry("staff/year.xhtml", "year.title"));

    private static final List<Entry> ADMIN = List.of(
            new Entry("admin/users.xhtml", "users.title"),
            new Entry("admin/audit.xhtml", "audit.title"));

    /** Pages reached from a menu entry rather than from the menu itself. */
    private static final Map<String, String> PARENTS = Map.ofEntries(
            Map.entry("manage/seminar.xhtml", "manage/seminars.xhtml"),
            Map.entry("manage/meeting.xhtml", "manage/seminars.xhtml"),
            Map.entry("manage/groups.xhtml", "manage/seminars.xhtml"),
            Map.entry("manage/materials.xhtml", "manage/seminars.xhtml"),
            Map.entry("manage/questions.xhtml", "manage/seminars.xhtml"),
            Map.entry("manage/survey.xhtml", "manage/surveys.xhtml"),
            Map.entry("manage/organisation.xhtml", "manage/organisations.xhtml"),
            Map.entry("manage/caught-mail.xhtml", "manage/mail.xhtml"),
            Map.entry("manage/mail-message.xhtml", "manage/mail.xhtml"),
            Map.entry("staff/attendance.xhtml", "staff/index.xhtml"),
            Map.entry("staff/checkin.xhtml", "staff/index.xhtml"),
            Map.entry("staff/review.xhtml", "staff/index.xhtml"),
            Map.entry("staff/signin-sheet.xhtml", "staff/index.xhtml"));

    private List<Area> areas;
    private List<Item> crumbs;

    public List<Area> getAreas() {
        if (areas == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String here = page(external);
            areas = new ArrayList<>();
            if (external.isUserInRole("ORGANISER")) {
                areas.add(area("nav.organiser", ORGANISER, here));
            }
            if (external.isUserInRole("ORGANISER") || external.isUserInRole("STAFF")) {
                areas.add(area("nav.staff", STAFF, here));
            }
            if (external.isUserInRole("ADMIN")) {
                areas.add(area("nav.admin", ADMIN, here));
            }
        }
        return areas;
    }

    /** Links above the page's own title; empty outside the signed-in areas and on an area's start page. */
    public List<Item> getCrumbs() {
        if (crumbs == null) {
            crumbs = crumbsFor(page(FacesContext.getCurrentInstance().getExternalContext()), getAreas());
        }
        return crumbs;
    }

    static List<Item> crumbsFor(String here, List<Area> areas) {
        String entry = PARENTS.getOrDefault(here, here);
        for (Area area : areas) {
            Item home = area.items().get(0);
            for (Item item : area.items()) {
                if (item.path().equals(entry)) {
                    List<Item> trail = new ArrayList<>();
                    if (!home.path().equals(here)) {
                        trail.add(new Item(home.path(), home.labelKey(), false));
                    }
                    if (!item.path().equals(home.path()) && !item.path().equals(here)) {
                        trail.add(new Item(item.path(), item.labelKey(), false));
                    }
                    return trail;
                }
            }
        }
        return List.of();
    }

    private static Area area(String labelKey, List<Entry> entries, String here) {
        String entry = PARENTS.getOrDefault(here, here);
        return new Area(labelKey, entries.stream().map(e -> new Item(e.path(), e.labelKey(), e.path().equals(entry))).toList());
    }

    /** "manage/seminar.xhtml" for /manage/seminar.xhtml?id=3. */
    private static String page(ExternalContext external) {
        String path = external.getRequestServletPath();
        return path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    }
}
