package org.seminardesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.seminardesk.platform.JapaneseDates;

/**
 * Dates on pages in the reader's language: 令和8年12月20日（日） 17:00 in Japanese, Sun 20 Dec 2026, 17:00 (Japan time)
 * in English (#{dates.moment(…)}).
 */
@Named
@ApplicationScoped
public class Dates {

    public String moment(Object at) {
        Instant instant = at instanceof Instant i ? i : at instanceof OffsetDateTime o ? o.toInstant() : null;
        return instant == null ? "" : JapaneseDates.moment(instant, language());
    }

    /** A fiscal year named by the year it starts in: 令和8年度 for Japanese readers, FY 2026 for English ones. */
    public String fiscalYear(int startingYear) {
        return forReader(JapaneseDates.fiscalYear(startingYear),
                org.seminardesk.platform.i18n.PageTexts.format("year.western", String.valueOf(startingYear)));
    }

    /** The era label for Japanese readers, the Western one for English readers (both made by JapaneseDates). */
    public String pick(String eraLabel, String westernLabel) {
        return forReader(eraLabel, westernLabel);
    }

    /** The same for page beans. */
    public static String forReader(String eraLabel, String westernLabel) {
        return "en".equals(language().getLanguage()) && westernLabel != null ? westernLabel : eraLabel;
    }

    private static Locale language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Locale.JAPANESE : org.seminardesk.platform.i18n.PageTexts.language();
    }
}
