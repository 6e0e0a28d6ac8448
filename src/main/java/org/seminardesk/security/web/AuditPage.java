package org.seminardesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.security.audit.AuditEntry;
import org.seminardesk.security.audit.AuditLog;

/** admin/audit.xhtml: the audit log, 100 entries a page, newest first. */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 100;

    @Inject
    AuditLog log;

    private int page;
    private List<AuditEntry> entries;
    private long total;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            total = log.count();
            entries = log.latest(page * PAGE_SIZE, PAGE_SIZE);
        }
        return entries;
    }

    public String when(AuditEntry entry) {
        return JapaneseDates.moment(entry.at(), jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getCaption() {
        getEntries();
        return PageTexts.format("audit.caption", total, page + 1);
    }

    public boolean isHasOlder() {
        getEntries();
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
