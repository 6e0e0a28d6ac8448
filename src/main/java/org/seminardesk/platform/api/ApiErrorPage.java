package org.seminardesk.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The server's own 401 and 403 (sign-in missing, role lacking: decided before JAX-RS is reached) in the API's
 * JSON error shape, for API clients that parse every error the same way. web.xml names this the error page
 * for both; for a page rather than the API it answers in plain text, as before.
 */
@WebServlet("/api-error")
public class ApiErrorPage extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String message = status == HttpServletResponse.SC_UNAUTHORIZED
                ? "Sign in first: HTTP Basic, or the session cookie of a signed-in user"
                : "Your account's roles do not allow this";
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(JSON.toJson(ApiError.of(status, message)));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(status + (status == HttpServletResponse.SC_UNAUTHORIZED
                    ? " サインインしてください" : " この操作の権限がありません") + " / " + message);
        }
    }
}
