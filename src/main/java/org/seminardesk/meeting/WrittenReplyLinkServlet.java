package org.seminardesk.meeting;

import jakarta.servlet.annotation.WebServlet;
import org.seminardesk.platform.web.TokenLinkServlet;

/** The link a member organisation is mailed for a meeting held in writing, /w/{token}: its reply page. */
@WebServlet("/w/*")
public class WrittenReplyLinkServlet extends TokenLinkServlet {

    @Override
    protected String page() {
        return "/written-reply.xhtml";
    }
}
