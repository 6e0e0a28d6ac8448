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
