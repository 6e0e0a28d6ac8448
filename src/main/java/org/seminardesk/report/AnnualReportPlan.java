package org.seminardesk.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The report's closing text for a fiscal year: the plans for the next one. */
@Entity
@Table(name = "annual_report_plan")
public class AnnualReportPlan {

    @Id
    private Integer fiscalYear;

    private String plans;
    private Instant updatedAt;

    protected AnnualReportPlan() {
        // for JPA
    }

    AnnualReportPlan(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    void write(String text, Instant now) {
        plans = text.strip();
        updatedAt = now;
    }

    public String plans() {
        return plans;
    }
}
