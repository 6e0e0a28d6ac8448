package org.seminardesk.meeting;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The link a member organisation is mailed for a meeting held in writing, /w/{token}: shows its reply page.
 * The token travels as a request attribute, never as a query parameter that could end up in a log.
 */
@WebServlet("/w/*")
public class WrittenReplyLinkServlet extends HttpServlet {

    static final String TOKEN_ATTRIBUTE = "org.seminardesk.meeting.token";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        request.setAttribute(TOKEN_ATTRIBUTE, path == null ? "" : path.substring(1));
        request.getRequestDispatcher("/written-reply.xhtml").forward(request, response);
    }
}
