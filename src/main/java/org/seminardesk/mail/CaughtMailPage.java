package org.seminardesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.seminardesk.platform.web.PageParams;

/**
 * manage/caught-mail.xhtml (organisers, only while the local mail catcher runs): what the catcher received,
 * newest first; ?n= opens one (n counts in order of arrival, so it stays the same mail as more arrive).
 */
@Named
@RequestScoped
public class CaughtMailPage {

    /** One line of the list. */
    public record Row(int n, MailPreview mail) implements java.io.Serializable {
    }

    @Inject
    DevMailCatcher catcher;

    private List<Row> rows;
    private MailPreview open;

    @PostConstruct
    void load() {
        if (!catcher.isRunning()) {
            rows = List.of();
            return;
        }
        List<MimeMessage> caught = catcher.caught();
        rows = new ArrayList<>();
        for (int i = caught.size() - 1; i >= 0; i--) {
            rows.add(new Row(i + 1, MailPreview.of(caught.get(i))));
        }
        PageParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("n"))
                .filter(n -> n >= 1 && n <= caught.size())
                .ifPresent(n -> open = rows.get(caught.size() - n.intValue()).mail());
    }

    /** The page's f:viewAction: without the catcher (in production) the page does not exist. */
    public void requireRunning() {
        if (!catcher.isRunning()) {
            PageParams.notFound();
        }
    }

    public boolean isRunning() {
        return catcher.isRunning();
    }

    public List<Row> getRows() {
        return rows;
    }

    public MailPreview getOpen() {
        return open;
    }
}
