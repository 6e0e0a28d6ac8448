package org.seminardesk.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {"thresholdPercent": 60}: the share of the planned length online that counts as attended. */
public record ThresholdInput(@NotNull @Min(1) @Max(100) Integer thresholdPercent) implements java.io.Serializable {
}
