package org.seminardesk.registration;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The private link an organisation receives, /r/{token}: shows the self-service page for that registration.
 * The token travels as a request attribute, never as a query parameter that could end up in a log or a form URL.
 */
@WebServlet("/r/*")
public class SelfServiceLinkServlet extends HttpServlet {

    static final String TOKEN_ATTRIBUTE = "org.seminardesk.registration.token";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        request.getRequestDispatcher("/registration.xhtml").forward(request, response);
    }
}
