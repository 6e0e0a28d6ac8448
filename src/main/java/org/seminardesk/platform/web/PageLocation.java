package org.seminardesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The address of the page in the reader's browser, relative to the application ("/o/…?seminar=5"), for the
 * language switch to return to and for the browser's history after a form was sent. A private link (/r/…) or
 * an error is shown through a forward, and a form posts to the page's bare view ("/portal.xhtml"), so the
 * address a page was opened by is kept in its view and outlives the form's posts.
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
        Map<String, Object> view = viewMap(FacesContext.getCurrentInstance());
        return view != null && view.containsKey(KEPT);
    }

    /** The view's map if it has one already (asking for it otherwise would open one, and a session). */
    private static Map<String, Object> viewMap(FacesContext faces) {
        return faces.getViewRoot() == null ? null : faces.getViewRoot().getViewMap(false);
    }

    /** The same, URL-encoded, for a query parameter such as the language switch's back=. */
    public String getEncoded() {
        return URLEncoder.encode(getPath(), StandardCharsets.UTF_8);
    }

    private static String find(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Map<String, Object> view = viewMap(faces);
        if (faces.isPostback() && view != null && view.get(KEPT) instanceof String kept) {
            return kept;
        }
        String original = firstString(request, RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI);
        String query = original == null ? request.getQueryString() : firstString(request, RequestDispatcher.FORWARD_QUERY_STRING);
        String uri = (original == null ? request.getRequestURI() : original).substring(request.getContextPath().length());
        String opened = query == null ? uri : uri + "?" + query;
        if (!faces.isPostback() && faces.getViewRoot() != null && (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
                || query != null && view != null)) {
            // kept where the form's own address would lose something (a private link's path, a query), and
            // never by opening a view map of its own on a page without one: that would start a session
            faces.getViewRoot().getViewMap().put(KEPT, opened);
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
