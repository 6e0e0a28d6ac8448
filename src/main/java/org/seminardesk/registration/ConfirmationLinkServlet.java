package org.seminardesk.registration;

import jakarta.servlet.annotation.WebServlet;
import org.seminardesk.platform.web.TokenLinkServlet;

/** The link a registrant is mailed to confirm their request, /c/{token}: a page with a button, not a GET that acts. */
@WebServlet("/c/*")
public class ConfirmationLinkServlet extends TokenLinkServlet {

    @Override
    protected String page() {
        return "/confirm-registration.xhtml";
    }
}
