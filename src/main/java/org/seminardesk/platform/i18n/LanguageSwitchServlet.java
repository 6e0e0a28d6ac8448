package org.seminardesk.platform.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * /language?to=en|ja&back=/page: remembers the reader's choice in a cookie (a year) and returns to the page.
 * Only paths inside this application are followed back, so the link cannot send anyone elsewhere.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = request.getParameter("to");
        if (!"en".equals(to) && !"ja".equals(to)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "to must be ja or en");
            return;
        }
        Cookie choice = new Cookie(LanguageSelection.COOKIE, to);
        choice.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        choice.setMaxAge((int) Duration.ofDays(365).toSeconds());
        choice.setHttpOnly(true);
        choice.setAttribute("SameSite", "Lax");
        response.addCookie(choice);
        String back = request.getParameter("back");
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl);
        response.sendRedirect(request.getContextPath() + (local ? back : "/"));
    }
}
