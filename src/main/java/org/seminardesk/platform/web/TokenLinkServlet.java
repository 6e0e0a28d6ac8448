package org.seminardesk.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A private link mailed to an organisation, /{prefix}/{token}: shows its page with the token as a request
 * attribute, never as a query parameter that could end up in a log, a Referer or a form's URL.
 */
public abstract class TokenLinkServlet extends HttpServlet {

    private static final String TOKEN_ATTRIBUTE = "org.seminardesk.link.token";

    /** The Faces page the link shows, e.g. "/registration.xhtml". */
    protected abstract String page();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        request.setAttribute(TOKEN_ATTRIBUTE, path == null ? "" : path.substring(1));
        request.getRequestDispatcher(page()).forward(request, response);
    }

    /** The token of the link that showed the current page, for its bean to keep in the view. */
    public static Optional<String> token() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(TOKEN_ATTRIBUTE) instanceof String token
                ? Optional.of(token) : Optional.empty();
    }
}
