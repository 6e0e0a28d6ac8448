package org.seminardesk.mail;

import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;

/** manage/mail-message.xhtml?id=… (organisers): one outbox mail as its recipient sees it, its state in words. */
@Named
@ViewScoped
public class OutboxMessagePage extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxStore outbox;

    private MailPreview mail;
    private OutboxResource.MailView state;
    private boolean written;

    @Override
    protected void show(long id) {
        OutboxMail row = outbox.find(id);
        mail = MailPreview.of(row);
        written = row.written();
        state = OutboxResource.MailView.of(row);
    }

    public void resend() {
        try {
            outbox.resend(getId());
            PageParams.redirectSaying(text("outbox.resent"), "manage/mail-message.xhtml?id=" + getId());
        } catch (org.seminardesk.platform.DomainException refused) {
            PageParams.refused(refused);
        }
    }

    private transient MailPreview described;

    /** The link's place described once, at rendering, when the page's language is known. */
    public MailPreview getMail() {
        if (described == null && mail != null && !written) {
            described = mail.notWrittenYet(text("outbox.notWritten"), text("outbox.notWrittenBody"));
        } else if (described == null && mail != null) {
            described = mail.withLinkNote(text("outbox.linkNote"));
        }
        return described;
    }

    public OutboxResource.MailView getState() {
        return state;
    }

    /** The bundle key saying what went wrong, or null. */
    public String getErrorKey() {
        return state == null ? null : MailErrors.explain(state.lastError());
    }
}
