package org.seminardesk.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;

/**
 * manage/report.xhtml?year=2021 (organisers): a fiscal year's report (the current year by default), the next
 * year's plans, the Word report. The year comes from the address only, so refresh and Back show the year the
 * page says, and plans are saved for the year shown, never for one merely picked in the list.
 */
@Named
@ViewScoped
public class AnnualReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnnualReportService reports;

    private String yearParam;
    private int year;
    private String plans;
    private AnnualReport report;

    /** f:viewAction: a year outside the list (or not a number) is a 404. */
    public void load() {
        if (report != null) {
            return;
        }
        Optional<Integer> shown = PageParams.year(yearParam, reports.currentFiscalYear()).filter(getYears()::contains);
        if (shown.isEmpty()) {
            PageParams.notFound();
            return;
        }
        year = shown.get();
        report = reports.report(year);
        plans = report.plans();
    }

    public void savePlans() {
        try {
            reports.writePlans(year, plans == null ? "" : plans);
            PageParams.info("report.saved");
            report = reports.report(year);
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    /** The years to choose from, newest first (the page names them: #{dates.fiscalYear(…)}). */
    public List<Integer> getYears() {
        int current = reports.currentFiscalYear();
        return IntStream.rangeClosed(current - 5, current + 1).boxed().sorted((a, b) -> b - a)
                .toList();
    }

    public int getYear() {
        return year;
    }

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }

    public String getPlans() {
        return plans;
    }

    public void setPlans(String plans) {
        this.plans = plans;
    }

    public AnnualReport getReport() {
        return report;
    }
}
