package org.seminardesk.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The language of a page: the reader's choice from the language switch (a cookie) if there is one, else
 * Japanese unless the browser asks for English. Without an Accept-Language header the servlet container would
 * report the server's own locale, so the header itself is read.
 */
@Named
@RequestScoped
public class LanguageSelection {

    static final String COOKIE = "seminardesk-lang";
    static final Locale JAPANESE = Locale.JAPANESE;
    private static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    public Locale getLocale() {
        return of((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** The page the reader is on (URL-encoded), for the language switch to return to. */
    public String getCurrentPath() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        // The address in the reader's browser: a private link (/r/…) or an error is shown through a forward.
        String original = firstString(request, jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI,
                jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        String query = original == null ? request.getQueryString()
                : firstString(request, jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
        String uri = (original == null ? request.getRequestURI() : original).substring(request.getContextPath().length());
        String path = query == null ? uri : uri + "?" + query;
        return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String firstString(jakarta.servlet.http.HttpServletRequest request, String... attributes) {
        for (String attribute : attributes) {
            if (request.getAttribute(attribute) instanceof String value) {
                return value;
            }
        }
        return null;
    }

    /** The reader's language, also outside Faces (filters, servlets): chosen by cookie, else by Accept-Language. */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && ("en".equals(cookie.getValue()) || "ja".equals(cookie.getValue()))) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return choose(request.getHeader("Accept-Language"));
    }

    /** The best supported language for an Accept-Language header; Japanese when none fits. */
    static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return JAPANESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best != null ? best : JAPANESE;
        } catch (IllegalArgumentException malformedHeader) {
            return JAPANESE;
        }
    }
}
