package org.seminardesk.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;

/** staff/year.xhtml?year=2021: a fiscal year's participation across its seminars and meetings (the current year by default). */
@Named
@ViewScoped
public class YearPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    YearAtAGlanceService years;

    private String yearParam;
    private YearAtAGlance glance;
    private List<Integer> choices;

    /** f:viewAction: an unknown or malformed year is a 404. */
    public void load() {
        if (glance != null) {
            return;
        }
        choices = years.years();
        glance = PageParams.year(yearParam, years.currentFiscalYear()).flatMap(this::glanceOf).orElse(null);
        if (glance == null) {
            PageParams.notFound();
        }
    }

    /** The year's figures; none for a year the service does not know. */
    private Optional<YearAtAGlance> glanceOf(int year) {
        try {
            return Optional.of(years.glance(year));
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }

    public String getChart() {
        return AttendanceChart.byFacilityType(glance.byFacilityType());
    }

    public YearAtAGlance getGlance() {
        return glance;
    }

    public List<Integer> getChoices() {
        return choices;
    }

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }
}
