package org.seminardesk.registration;

import jakarta.servlet.annotation.WebServlet;
import org.seminardesk.platform.web.TokenLinkServlet;

/** The private link an organisation receives for its registration, /r/{token}: its self-service page. */
@WebServlet("/r/*")
public class SelfServiceLinkServlet extends TokenLinkServlet {

    @Override
    protected String page() {
        return "/registration.xhtml";
    }
}
