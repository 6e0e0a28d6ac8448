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

    /** 401, 403, 404 or 500 (any other 5xx reads as 500); 404 when the page is opened directly. */
    public int getStatus() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 404;
        if (!(status instanceof Integer)) {
            external.setResponseStatus(404);
        }
        return code >= 500 ? 500 : code == 401 || code == 403 ? code : 404;
    }
}
