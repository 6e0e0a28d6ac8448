package org.seminardesk.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;

/** manage/report.xhtml (organisers): choose the fiscal year, write the next year's plans, take the Word report. */
@Named
@ViewScoped
public class AnnualReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** The years to choose from, newest first (the page names them: #{dates.fiscalYear(…)}). */
    public List<Integer> getYears() {
        int current = reports.currentFiscalYear();
        return IntStream.rangeClosed(current - 5, current + 1).boxed().sorted((a, b) -> b - a)
                .toList();
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
