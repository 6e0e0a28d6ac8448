package org.seminardesk.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language an API answer's labels (dates) are in: English when the caller prefers it, else Japanese. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> l.getLanguage().equals("en")).map(l -> Locale.ENGLISH).orElse(Locale.JAPANESE);
    }
}
