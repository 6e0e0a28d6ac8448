package org.seminardesk.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * The public pages without a Faces form are transient views: PrimeFaces' CSP mode keeps a page's script nonce
 * in its view map unless the view is transient, and view maps live in the session, so every anonymous visit
 * to the programme opened a session (kept by Infinispan, shared across the cluster). Marked right after the
 * view is created, before PrimeFaces asks for the nonce at the start of rendering.
 */
public class StatelessPages implements PhaseListener {

    /** Pages with no Faces form and no view-scoped bean; a page that gains either must leave this list. */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/seminar.xhtml", "/privacy.xhtml", "/registered.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot root = faces.getViewRoot();
        if (root != null && !faces.isPostback() && VIEWS.contains(root.getViewId())) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
