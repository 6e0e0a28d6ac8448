package org.seminardesk.attendance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A seminar's own threshold for "attended", when staff set one; without a row the default applies. */
@Entity
@Table(name = "attendance_policy")
public class AttendancePolicy {

    @Id
    private Long seminarId;

    private int thresholdPercent;

    protected AttendancePolicy() {
        // for JPA
    }

    AttendancePolicy(long seminarId, int thresholdPercent) {
        this.seminarId = seminarId;
        change(thresholdPercent);
    }

    void change(int percent) {
        AttendanceRule.requireValid(percent);
        thresholdPercent = percent;
    }

    public int thresholdPercent() {
        return thresholdPercent;
    }
}
