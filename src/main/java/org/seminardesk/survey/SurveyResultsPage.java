package org.seminardesk.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.web.RecordPage;

/** manage/survey.xhtml?id=… (organisers): who answered, each question's counts with a chart, the free texts, CSV. */
@Named
@ViewScoped
public class SurveyResultsPage extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyService surveys;

    private SurveyResults results;

    @Override
    protected void show(long id) {
        results = surveys.results(id);
    }

    /** A member's answer link renewed and mailed again (the old one was forwarded too widely). */
    public void renewAnswerLink(long organisationId) {
        org.seminardesk.platform.web.PageParams.actAndReload(() -> surveys.renewAnswerLink(getId(), organisationId), "links.renewed");
    }

    /** A new link to everyone who has not answered (their old one stops working). */
    public void remind() {
        try {
            int mailed = surveys.remind(getId());
            org.seminardesk.platform.web.PageParams.reloadSaying(
                    org.seminardesk.platform.i18n.PageTexts.format("feedback.reminded", mailed));
        } catch (org.seminardesk.platform.DomainException refused) {
            org.seminardesk.platform.web.PageParams.refused(refused);
        }
    }

    public SurveyResults getResults() {
        return results;
    }

    public String getDeadline() {
        return JapaneseDates.moment(results.deadline(), java.util.Locale.JAPANESE);
    }

    /** Chart.js configuration for p:chart: a horizontal bar per option, counted in organisations. */
    public String chart(SurveyResults.QuestionResult question) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        question.options().forEach(o -> {
            labels.add(o.label());
            counts.add(o.count());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", question.text()).add("data", counts).add("backgroundColor", "#0b3d6e"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
