package org.seminardesk.portal;

import jakarta.servlet.annotation.WebServlet;
import org.seminardesk.platform.web.TokenLinkServlet;

/** The private link a contact receives for their organisation's portal, /o/{token}. */
@WebServlet("/o/*")
public class PortalLinkServlet extends TokenLinkServlet {

    @Override
    protected String page() {
        return "/portal.xhtml";
    }
}
