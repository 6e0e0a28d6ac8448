package org.seminardesk.seminar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The public list page (index.xhtml): what is coming up, then what was held, newest first. */
@Named
@RequestScoped
public class SeminarCatalogue {

    @Inject
    SeminarService seminars;

    @Inject
    Clock clock;

    private List<SeminarView> upcoming;
    private List<SeminarView> past;
    private List<Integer> fiscalYears;
    private CatalogueFilter filter;

    @PostConstruct
    void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        filter = CatalogueFilter.of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        upcoming = new ArrayList<>();
        past = new ArrayList<>();
        List<SeminarView> all = seminars.publicCatalogue();
        fiscalYears = all.stream().map(SeminarView::fiscalYear).distinct().sorted(Comparator.reverseOrder()).toList();
        for (SeminarView seminar : all.stream().filter(filter.asPredicate()).toList()) {
            (seminar.over().isAfter(now) ? upcoming : past).add(seminar);
        }
        Collections.reverse(past);
    }

    public List<SeminarView> getUpcoming() {
        return upcoming;
    }

    public List<SeminarView> getPast() {
        return past;
    }

    public CatalogueFilter getFilter() {
        return filter;
    }

    /** The fiscal years that have seminars, newest first (the page names them: #{dates.fiscalYear(…)}). */
    public List<Integer> getFiscalYears() {
        return fiscalYears;
    }

    public SeminarKind[] getKinds() {
        return SeminarKind.values();
    }

    public SeminarFormat[] getFormats() {
        return SeminarFormat.values();
    }

    public List<Integer> getMonths() {
        return java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList();
    }
}
