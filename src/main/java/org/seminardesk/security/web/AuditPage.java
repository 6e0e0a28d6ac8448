package org.seminardesk.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.security.audit.AuditEntry;
import org.seminardesk.security.audit.AuditLog;

/**
 * admin/audit.xhtml: the audit log in words, 100 entries a page, newest first, filtered by who (?actor=), what
 * (?action=) and days in Japan time (?from=, ?to=, both included). A filter in the address can be bookmarked.
 */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 100;

    @Inject
    AuditLog log;

    private String actor;
    private String action;
    private String from;
    private String to;
    private int page;
    private AuditLog.Filter filter;
    private List<AuditEntry> entries;
    private long total;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        actor = blankToNull(params.get("actor"));
        action = blankToNull(params.get("action"));
        from = day(params.get("from"));
        to = day(params.get("to"));
        page = PageParams.id(params.get("page")).map(Long::intValue).orElse(0);
        filter = new AuditLog.Filter(actor, action, start(from, 0), start(to, 1));
        total = log.count(filter);
        entries = log.search(filter, page * PAGE_SIZE, PAGE_SIZE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** yyyy-MM-dd as typed in a date field, or null (ignored) when it is not one. */
    private static String day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Instant start(String day, int plusDays) {
        return day == null ? null : LocalDate.parse(day).plusDays(plusDays).atStartOfDay(JapaneseDates.TOKYO).toInstant();
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String when(AuditEntry entry) {
        return JapaneseDates.moment(entry.at(), org.seminardesk.platform.i18n.PageTexts.language());
    }

    /** "申込みを取り消し（運営者）" for registration.cancelOf; the recorded key where there is no text. */
    public String what(String recordedAction) {
        return PageTexts.textOr("audit.action." + recordedAction, recordedAction);
    }

    /** "申込み #5". */
    public String subject(AuditEntry entry) {
        if (entry.subjectType() == null) {
            return "";
        }
        String type = PageTexts.textOr("audit.subject." + entry.subjectType(), entry.subjectType());
        return entry.subjectId() == null ? type : type + " #" + entry.subjectId();
    }

    public List<String> getActions() {
        return log.actions();
    }

    public String getCaption() {
        return PageTexts.format("audit.caption", total, page + 1);
    }

    public boolean isHasOlder() {
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    /** This filter at page n. */
    public String pagePath(int n) {
        StringBuilder path = new StringBuilder("admin/audit.xhtml?page=").append(n);
        for (String[] part : new String[][] {{"actor", actor}, {"action", action}, {"from", from}, {"to", to}}) {
            if (part[1] != null) {
                path.append('&').append(part[0]).append('=').append(java.net.URLEncoder.encode(part[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return path.toString();
    }

    public int getPage() { return page; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
}
