package org.seminardesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.seminardesk.platform.i18n.PageTexts;

/** A bundle text with its {0} filled in, for attributes (item labels) where h:outputFormat cannot go. */
@Named
@ApplicationScoped
public class Texts {

    public String format(String key, Object arg) {
        return PageTexts.format(key, arg);
    }
}
