package org.seminardesk.platform.i18n;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** A text of the page's resource bundle, in the language of the page being rendered (for Faces beans). */
public final class PageTexts {

    private static final String BUNDLE = "org.seminardesk.platform.i18n.messages";

    private PageTexts() {
    }

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }
}
