package org.seminardesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of the page in the reader's browser, relative to the application ("/o/…?seminar=5"), for the
 * language switch to return to and for the browser's history after a form was sent. A private link (/r/…) or
 * an error is shown through a forward, and a form posts to the page's bare view ("/portal.xhtml"), so the
 * address a page was opened by is kept in its view's state and outlives the form's posts: every page answering
 * its own form puts that address back into the browser's history (layout.xhtml, seminardesk.js).
 */
@Named
@RequestScoped
public class PageLocation {

    private static final String KEPT = "org.seminardesk.page.location";

    private String path;

    /** "/o/…?seminar=5": as the page was opened, also when it shows the answer to its own form. */
    public String getPath() {
        if (path == null) {
            path = find(FacesContext.getCurrentInstance());
        }
        return path;
    }

    /** Whether a form's answer knows the address its page was opened by (else getPath is the form's own). */
    public boolean isKept() {
        UIViewRoot root = FacesContext.getCurrentInstance().getViewRoot();
        return root != null && root.getAttributes().containsKey(KEPT);
    }

    /** The same, URL-encoded, for a query parameter such as the language switch's back=. */
    public String getEncoded() {
        return URLEncoder.encode(getPath(), StandardCharsets.UTF_8);
    }

    private static String find(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        UIViewRoot root = faces.getViewRoot();
        if (faces.isPostback() && root != null && root.getAttributes().get(KEPT) instanceof String kept) {
            return kept;
        }
        String original = firstString(request, RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI);
        String query = original == null ? request.getQueryString() : firstString(request, RequestDispatcher.FORWARD_QUERY_STRING);
        String uri = (original == null ? request.getRequestURI() : original).substring(request.getContextPath().length());
        String opened = query == null ? uri : uri + "?" + query;
        if (!faces.isPostback() && root != null) {
            // kept in the view's own state (saved with its forms, so no session for a page without one), since
            // the form's own address would lose something: a private link's path, a query
            root.getAttributes().put(KEPT, opened);
        }
        return opened;
    }

    private static String firstString(HttpServletRequest request, String... attributes) {
        for (String attribute : attributes) {
            if (request.getAttribute(attribute) instanceof String value) {
                return value;
            }
        }
        return null;
    }
}
