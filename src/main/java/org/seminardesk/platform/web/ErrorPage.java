package org.seminardesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/** error.xhtml: which error the server met (its status), for the page to say what happened and what to do. */
@Named
@RequestScoped
public class ErrorPage {

    private int status;

    @jakarta.annotation.PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object code = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer)) {
            external.setResponseStatus(404);
        }
        int found = code instanceof Integer i ? i : 404;
        status = found >= 500 ? 500 : found == 401 || found == 403 ? found : 404;
    }

    /** 401, 403, 404 or 500 (any other 5xx reads as 500); 404 when the page is opened directly. */
    public int getStatus() {
        return status;
    }
}
