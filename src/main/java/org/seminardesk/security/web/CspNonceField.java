package org.seminardesk.security.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.html.HtmlForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's CSP nonce (primefaces.nonce), which PrimeFaces checks on each postback: a post
 * made without the page in hand (CSRF) fails it too. PrimeFaces' own ajax sends the nonce; plain form
 * submits need this field (faces-config.xml registers the listener for every h:form).
 */
public class CspNonceField implements SystemEventListener {

    static final String ID = "cspNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof HtmlForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIComponent form = (UIComponent) event.getSource();
        if (form.getChildren().stream().noneMatch(child -> ID.equals(child.getId()))) {
            Field field = new Field();
            field.setId(ID);
            field.setTransient(true);
            form.getChildren().add(field);
        }
    }

    /** Renders the hidden input with the nonce of this response. */
    public static class Field extends UIOutput {

        @Override
        public void encodeEnd(FacesContext context) throws IOException {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", "primefaces.nonce", null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }

        @Override
        public String getRendererType() {
            return null;
        }
    }
}
