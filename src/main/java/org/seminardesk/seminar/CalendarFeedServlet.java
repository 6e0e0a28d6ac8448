package org.seminardesk.seminar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.PublicLinks;

/**
 * /calendar.ics: the public programme for calendar apps to subscribe to (?kind=SEMINAR, MEETING or PRO_BONO for
 * one kind), and ?seminar={id}, one seminar, behind each seminar page's "add to calendar". Public data only:
 * titles, times, venues and the public page; never an online link.
 */
@WebServlet("/calendar.ics")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SeminarService seminars;

    @Inject
    PublicLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kindParam = request.getParameter("kind");
        Optional<SeminarKind> kind = Arrays.stream(SeminarKind.values()).filter(k -> k.name().equals(kindParam)).findFirst();
        String seminarParam = request.getParameter("seminar");
        Optional<Long> seminar = PageParams.id(seminarParam);
        if ((kindParam != null && kind.isEmpty()) || (seminarParam != null && seminar.isEmpty())) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST,
                    "kind は " + Arrays.toString(SeminarKind.values()) + " のいずれか、seminar はセミナーの番号です。 / kind is one of "
                            + Arrays.toString(SeminarKind.values()) + "; seminar is a seminar's number.");
            return;
        }
        Optional<String> calendar = seminars.calendar(kind.orElse(null), seminar.orElse(null),
                s -> links.to("seminar.xhtml?id=" + s.id()));
        if (calendar.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "このセミナーはありません。 / There is no such seminar.");
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + (seminar.isPresent() ? "seminar-" + seminar.get() : "seminars") + ".ics\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(calendar.get().getBytes(StandardCharsets.UTF_8));
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
