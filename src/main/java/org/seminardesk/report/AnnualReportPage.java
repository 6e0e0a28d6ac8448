package org.seminardesk.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.Dates;
import org.seminardesk.platform.web.PageParams;

/** manage/report.xhtml (organisers): choose the fiscal year, write the next year's plans, take the Word report. */
@Named
@ViewScoped
public class AnnualReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A fiscal year as the year list offers it: 2021 → 令和3年度. */
    public record YearChoice(int year, String label) implements Serializable {
    }

    @Inject
    AnnualReportService reports;

    private int year;
    private String plans;
    private AnnualReport report;

    @PostConstruct
    void load() {
        year = reports.currentFiscalYear();
        show();
    }

    public void show() {
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

    public List<YearChoice> getYears() {
        int current = reports.currentFiscalYear();
        return IntStream.rangeClosed(current - 5, current + 1).boxed().sorted((a, b) -> b - a)
                .map(y -> new YearChoice(y, Dates.fiscalYearForReader(y))).toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
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
