package org.seminardesk.survey;

import jakarta.servlet.annotation.WebServlet;
import org.seminardesk.platform.web.TokenLinkServlet;

/** The link a member organisation is mailed for a survey, /s/{token}: its answer page. */
@WebServlet("/s/*")
public class SurveyLinkServlet extends TokenLinkServlet {

    @Override
    protected String page() {
        return "/survey-answer.xhtml";
    }
}
