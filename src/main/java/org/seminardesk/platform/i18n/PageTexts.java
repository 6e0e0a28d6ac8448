package org.seminardesk.platform.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.seminardesk.platform.DomainException;

/** A text of the page's resource bundle, in the language of the page being rendered (for Faces beans). */
public final class PageTexts {

    private static final String BUNDLE = "org.seminardesk.platform.i18n.messages";

    private PageTexts() {
    }

    /**
     * The page's language, as {@link LanguageSelection} decides it for every request. Not the view root's: on a
     * postback Faces restores that from Accept-Language before f:view sets it, so an action's message could
     * come out in another language than the page.
     */
    public static Locale language() {
        return LanguageSelection.of((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest());
    }

    public static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, language()).getString(key);
    }

    /** The text of key in the page's language, or fallback when the bundle has none. */
    public static String textOr(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A text in the given language (mails, documents). */
    public static String text(String key, Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language).getString(key);
    }

    /** A text in Japanese, for documents and exports that are Japanese whoever makes them. */
    public static String japanese(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE).getString(key);
    }

    /** A text with its {0}… filled in, in the page's language. */
    public static String format(String key, Object... args) {
        Locale language = language();
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, language).getString(key), language).format(args);
    }

    /** A refused rule in the page's language. */
    public static String refusal(DomainException refused) {
        return refusal(refused, language());
    }

    /** A refused rule in the given language: its error.{code} text, or the API's English message if it has none. */
    public static String refusal(DomainException refused, Locale language) {
        if (refused.code() == null) {
            return refused.getMessage();
        }
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language).getString("error." + refused.code());
            return new MessageFormat(pattern, language).format(refused.args());
        } catch (MissingResourceException untranslated) {
            return refused.getMessage();
        }
    }
}
