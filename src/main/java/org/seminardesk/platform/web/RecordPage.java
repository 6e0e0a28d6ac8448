package org.seminardesk.platform.web;

import java.io.Serializable;
import org.seminardesk.platform.DomainException;

/**
 * A view-scoped page about one record named in its query string (?seminar=12): reads the id in its
 * f:viewAction, answers 404 when it is missing, malformed or unknown, and otherwise lets the page load it.
 */
public abstract class RecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String idParam;
    private Long id;

    /** The f:viewAction. */
    public void load() {
        id = PageParams.id(idParam).orElse(null);
        if (id == null) {
            PageParams.notFound();
            return;
        }
        try {
            show(id);
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            id = null;
            PageParams.notFound();
        }
    }

    /** Loads what the page shows; a DomainException NOT_FOUND makes it a 404. */
    protected abstract void show(long recordId);

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    /** The record's id once loaded; null on a 404. */
    public Long getId() {
        return id;
    }
}
