package org.seminardesk.attendance;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.seminardesk.platform.i18n.PageTexts;

/** Chart.js configuration for p:chart: attended and no-shows stacked per facility type (tables beside it for screen readers). */
final class AttendanceChart {

    private AttendanceChart() {
    }

    static String byFacilityType(List<AttendanceFigures.Tally> tallies) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder attended = Json.createArrayBuilder();
        JsonArrayBuilder noShows = Json.createArrayBuilder();
        for (AttendanceFigures.Tally tally : tallies) {
            labels.add(PageTexts.text("FacilityType." + tally.label()));
            attended.add(tally.attended());
            noShows.add(tally.noShows());
        }
        var stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", PageTexts.text("review.attended")).add("data", attended)
                                .add("backgroundColor", "#1b5e20"))
                        .add(Json.createObjectBuilder().add("label", PageTexts.text("review.noShow")).add("data", noShows)
                                .add("backgroundColor", "#90a4ae"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
