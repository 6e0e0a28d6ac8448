package org.seminardesk.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;

/**
 * staff/review.xhtml?seminar=…: registered, attended and no-shows with the rate, per organisation and facility
 * type, a chart, the threshold, exports, and (for organisers) a thank-you or follow-up announcement.
 */
@Named
@ViewScoped
public class AttendanceReviewPage extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceService attendance;

    private AttendanceReview review;
    private Integer threshold;

    @Override
    protected void show(long seminarId) {
        review = attendance.review(seminarId);
        threshold = review.rule().thresholdPercent();
    }

    private void refresh() {
        show(getId());
    }

    public void saveThreshold() {
        try {
            if (threshold == null) {
                throw DomainException.invalid("thresholdPercent", "No threshold").withCode("attendance.threshold");
            }
            attendance.changeThreshold(getId(), threshold);
            PageParams.info("review.saved");
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
        refresh();
    }

    /** Chart.js configuration for p:chart: attended and no-shows stacked per facility type. */
    public String getChart() {
        return AttendanceChart.byFacilityType(review.figures().byFacilityType());
    }

    @Inject
    org.seminardesk.certificate.CertificateService certificates;

    @Inject
    org.seminardesk.certificate.CertificateMail certificateMail;

    private Boolean over;

    /** Certificates are offered once the seminar is over and somebody attended. */
    public boolean isCertificatesOpen() {
        if (over == null) {
            over = certificates.isOver(getId());
        }
        return over && review.figures().overall().attended() > 0;
    }

    public boolean isSeminarOver() {
        isCertificatesOpen();
        return over;
    }

    public String getCertificatesQuestion() {
        return PageTexts.format("review.certificatesMailQuestion", review.figures().overall().attended());
    }

    /** Mails attendees not yet told; a repeat tells nobody twice. Post/Redirect/Get. */
    public void mailCertificates() {
        try {
            int told = certificateMail.tellAttendees(getId());
            PageParams.reloadSaying(PageTexts.format("review.certificatesMailed", told));
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    public AttendanceReview getReview() {
        return review;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
