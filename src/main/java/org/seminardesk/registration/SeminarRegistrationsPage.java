package org.seminardesk.registration;

import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.seminardesk.organisation.OrganisationNames;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.PublicLinks;

/**
 * manage/registrations.xhtml (organisers). Without ?seminar: the seminars to choose from. With it: the seminar's
 * registrations, searched (?q= organisation, name or address) and paged (?page=), with the 配慮 column and the
 * downloads; ?cancel={id} is the step that asks for a reason before cancelling one. Every change redirects back.
 */
@Named
@ViewScoped
public class SeminarRegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    RegistrationService registrations;

    @Inject
    PublicLinks links;

    private Long seminarId;
    private SeminarRegistrationsView view;
    private List<SeminarRegistrationsView.Entry> matching = List.of();
    private String query;
    private int page;
    private SeminarRegistrationsView.Entry cancelling;
    private String reason;

    /** f:viewAction. */
    public void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (params.get("seminar") == null) {
            return; // the chooser
        }
        seminarId = PageParams.id(params.get("seminar")).orElse(null);
        view = seminarId == null ? null : registrations.seminarView(seminarId).orElse(null);
        if (view == null) {
            PageParams.notFound();
            return;
        }
        query = params.get("q") == null ? "" : params.get("q").strip();
        matching = view.registrations().stream().filter(r -> matches(r, query)).toList();
        page = Math.min(PageParams.id(params.get("page")).orElse(0L).intValue(), Math.max(0, (matching.size() - 1) / PAGE_SIZE));
        Long cancel = PageParams.id(params.get("cancel")).orElse(null);
        cancelling = cancel == null ? null : view.registrations().stream()
                .filter(r -> r.id() == cancel && r.status() != RegistrationStatus.CANCELLED).findFirst().orElse(null);
    }

    /** A registration matches when its organisation, or one of its people's names or addresses, contains q. */
    static boolean matches(SeminarRegistrationsView.Entry registration, String q) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String wanted = OrganisationNames.fold(q);
        return OrganisationNames.fold(registration.organisation()).contains(wanted)
                || registration.participants().stream().anyMatch(p -> OrganisationNames.fold(p.name()).contains(wanted)
                || OrganisationNames.fold(p.email()).contains(wanted));
    }

    public void cancel() {
        if (cancelling == null) {
            return;
        }
        try {
            registrations.cancelOf(seminarId, cancelling.id(), reason);
            PageParams.redirectSaying(text("registrations.cancelled"), path(null));
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    /**
     * A new private link for one registration, mailed to its contact; the old links stop working. Without a
     * contact (an organiser registered it) the page shows the new link, to pass on.
     */
    public void renewLink(long registrationId) {
        try {
            String shown = registrations.renewTokenOf(seminarId, registrationId)
                    .map(token -> PageTexts.format("registrations.newLink", links.to("r/" + token.value())))
                    .orElse(text("registrations.linkRenewed"));
            PageParams.redirectSaying(shown, path(null));
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    /** This page for the seminar, keeping the search and page; with cancel, the cancel step for that registration. */
    public String path(Long cancel) {
        return path(page, cancel);
    }

    /** The page number n (0-based) of the current search. */
    public String pagePath(int n) {
        return path(n, null);
    }

    private String path(int pageNumber, Long cancel) {
        StringBuilder path = new StringBuilder("manage/registrations.xhtml?seminar=").append(seminarId);
        if (query != null && !query.isEmpty()) {
            path.append("&q=").append(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (pageNumber > 0) {
            path.append("&page=").append(pageNumber);
        }
        if (cancel != null) {
            path.append("&cancel=").append(cancel);
        }
        return path.toString();
    }

    public List<SeminarRegistrationsView.Entry> getRows() {
        return matching.stream().skip((long) page * PAGE_SIZE).limit(PAGE_SIZE).toList();
    }

    public SeminarRegistrationsView getView() { return view; }
    public Long getSeminarId() { return seminarId; }
    public String getQuery() { return query; }
    public int getPage() { return page; }
    public int getPages() { return Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE); }
    public int getMatches() { return matching.size(); }
    public SeminarRegistrationsView.Entry getCancelling() { return cancelling; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
