package org.seminardesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.i18n.PageTexts;

/** Small things every page bean does: read an id from the query string, answer 404, say what happened. */
public final class PageParams {

    private PageParams() {
    }

    /** "12" → 12; anything else (missing, "abc", "-") → empty, which pages answer with 404. */
    public static Optional<Long> id(String param) {
        try {
            return param == null ? Optional.empty() : Optional.of(Long.parseLong(param.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A year in the address: missing or blank → otherwise (e.g. the current one); not a year → empty (404). */
    public static Optional<Integer> year(String param, int otherwise) {
        if (param == null || param.isBlank()) {
            return Optional.of(otherwise);
        }
        return id(param).filter(year -> year >= 0 && year <= Integer.MAX_VALUE).map(Long::intValue);
    }

    public static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /**
     * Post/Redirect/Get: says what happened (the text, already in the page's language) and sends the browser on
     * to path (relative to the application, e.g. "o/…"), so that refresh and Back never repeat the action.
     */
    public static void redirectSaying(String text, String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        if (text != null) {
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO, text, null));
            external.getFlash().setKeepMessages(true);
        }
        try {
            external.redirect(external.getRequestContextPath() + "/" + path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Post/Redirect/Get to the page itself: says what happened and shows the page afresh by GET, with its view
     * parameters (?id=, ?seminar=), so that refresh and Back never repeat the action.
     */
    public static void reloadSaying(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (text != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true");
    }

    /** Makes a change and, once made, shows the page afresh saying so (the bundle text done); a refusal stays on the page. */
    public static boolean actAndReload(Runnable change, String done, Object... args) {
        try {
            change.run();
            reloadSaying(PageTexts.format(done, args));
            return true;
        } catch (DomainException refused) {
            refused(refused);
            return false;
        }
    }

    /** Who is signed in, for "imported by" and "checked in by". */
    public static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    /** A bundle text with its {0}… filled in, shown at the top of the page as news. */
    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, PageTexts.format(key, args), null));
    }

    /** Makes a change and says so (the bundle text done); a refused rule is shown instead. True if it was made. */
    public static boolean act(Runnable change, String done) {
        try {
            change.run();
            info(done);
            return true;
        } catch (DomainException refused) {
            refused(refused);
            return false;
        }
    }

    /** A refused rule, shown at the top of the page. */
    public static void refused(DomainException refusal) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, PageTexts.refusal(refusal), null));
    }
}
