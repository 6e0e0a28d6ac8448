package org.seminardesk.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seminardesk.platform.api.ApiError;

/**
 * The server's own errors (web.xml's error pages: sign-in missing, role lacking, no such page, a failure):
 * for the API in its JSON error shape, for API clients that parse every error the same way; for pages the
 * site's error page (error.xhtml) in its layout and the reader's language.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            ApiError.write(response, status, apiMessage(status));
        } else if (!response.isCommitted()) {
            response.resetBuffer();
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
        }
    }

    private static String apiMessage(int status) {
        return switch (status) {
            case HttpServletResponse.SC_UNAUTHORIZED -> "Sign in first: HTTP Basic, or the session cookie of a signed-in user";
            case HttpServletResponse.SC_FORBIDDEN -> "Your account's roles do not allow this";
            case HttpServletResponse.SC_NOT_FOUND -> "Not found";
            case 429 -> "Too many wrong passwords from your address: try again after the seconds in Retry-After";
            default -> "The server could not answer this request";
        };
    }
}
