package org.seminardesk.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The language of a page: Japanese unless the browser asks for English. Without an Accept-Language header the
 * servlet container would report the server's own locale, so the header itself is read.
 */
@Named
@RequestScoped
public class LanguageSelection {

    static final Locale JAPANESE = Locale.JAPANESE;
    private static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    public Locale getLocale() {
        String header = FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap().get("Accept-Language");
        return choose(header);
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
