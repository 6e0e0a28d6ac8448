package org.seminardesk.registration;

import jakarta.servlet.annotation.WebServlet;
import org.seminardesk.platform.web.TokenLinkServlet;

/** A participant's own link, /p/{token}: their page, showing nobody else in their group. */
@WebServlet("/p/*")
public class ParticipantLinkServlet extends TokenLinkServlet {

    @Override
    protected String page() {
        return "/participant.xhtml";
    }
}
