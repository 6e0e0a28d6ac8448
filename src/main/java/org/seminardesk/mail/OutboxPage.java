package org.seminardesk.mail;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.seminardesk.platform.DomainException;

/**
 * manage/mail.xhtml (organisers): the outbox, newest first, a page at a time from the database, filtered by
 * status; a FAILED mail can be resent from its row.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxStore outbox;

    private OutboxMail.Status status = OutboxMail.Status.FAILED;

    private final LazyDataModel<OutboxResource.MailView> mails = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, outbox.count(status));
        }

        @Override
        public List<OutboxResource.MailView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                  Map<String, FilterMeta> filterBy) {
            return outbox.page(status, first, pageSize).stream().map(OutboxResource.MailView::of).toList();
        }

        @Override
        public String getRowKey(OutboxResource.MailView mail) {
            return String.valueOf(mail.id());
        }
    };

    public void resend(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            outbox.resend(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("outbox.resent"), null));
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
        }
    }


    public LazyDataModel<OutboxResource.MailView> getMails() {
        return mails;
    }

    public OutboxMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutboxMail.Status status) {
        this.status = status;
    }

    public OutboxMail.Status[] getStatuses() {
        return OutboxMail.Status.values();
    }
}
