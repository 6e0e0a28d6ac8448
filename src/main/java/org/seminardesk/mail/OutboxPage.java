package org.seminardesk.mail;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.EntityTable;
import org.seminardesk.platform.web.LazyTable;

/**
 * manage/mail.xhtml (organisers): the outbox, newest first, a page at a time from the database (the shared
 * lazy table), filtered by status; a FAILED mail can be resent from its row.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Newest first, filtered by status. */
    private static final EntityTable.Columns COLUMNS = new EntityTable.Columns(Set.of("id"), Set.of("status"), "id", false);

    @Inject
    OutboxStore outbox;

    @Inject
    EntityTable table;

    private OutboxMail.Status status;
    private LazyTable<OutboxMail, OutboxResource.MailView> mails;

    @PostConstruct
    void init() {
        mails = new LazyTable<>(table, OutboxMail.class, COLUMNS, OutboxResource.MailView::of, OutboxResource.MailView::id);
        setStatus(null);
    }

    @Inject
    DevMailCatcher catcher;

    /** ?status=FAILED etc. from the filter (a GET form, so the list can be refreshed and bookmarked); else all. */
    public void setStatusParam(String param) {
        setStatus(java.util.Arrays.stream(OutboxMail.Status.values()).filter(s -> s.name().equals(param)).findFirst().orElse(null));
    }

    public String getStatusParam() {
        return status == null ? "" : status.name();
    }

    public boolean isCatcherRunning() {
        return catcher.isRunning();
    }

    /** What an error means, in the page's language (the raw text opens with the mail). */
    public String explain(String error) {
        String key = MailErrors.explain(error);
        return key == null ? "" : org.seminardesk.platform.i18n.PageTexts.text(key);
    }

    public void resend(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            outbox.resend(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("outbox.resent"), null));
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
        }
    }


    public LazyTable<OutboxMail, OutboxResource.MailView> getMails() {
        return mails;
    }

    public OutboxMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutboxMail.Status status) {
        this.status = status;
        mails.fix("status", status);
    }

    public OutboxMail.Status[] getStatuses() {
        return OutboxMail.Status.values();
    }
}
