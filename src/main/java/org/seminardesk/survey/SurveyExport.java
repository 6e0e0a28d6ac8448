package org.seminardesk.survey;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.seminardesk.platform.ExcelCsv;

/** A survey's answers as CSV for Excel (UTF-8 with BOM): a row per organisation that answered, a column per question. */
public final class SurveyExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private SurveyExport() {
    }

    static byte[] csv(Survey survey, List<SurveyResponse> responses) {
        List<String> header = new ArrayList<>(List.of(survey.forParticipants() ? "回答者" : "事業所", "回答日時"));
        survey.questions().forEach(q -> header.add(q.position() + ". " + q.text()));
        return ExcelCsv.write(header.toArray(String[]::new), printer -> {
            for (SurveyResponse response : responses) {
                if (response.submittedAt() == null) {
                    continue;
                }
                // an anonymous answer has neither a name nor a time of its own
                List<String> row = new ArrayList<>(List.of(response.who() == null ? "（匿名）" : response.who(),
                        survey.anonymous() ? "" : WHEN.format(response.submittedAt())));
                for (SurveyQuestion question : survey.questions()) {
                    row.add(response.answers().stream().filter(a -> a.questionId() == question.id())
                            .map(a -> a.optionIndex() != null ? question.options().get(a.optionIndex()) : a.text())
                            .collect(Collectors.joining("、")));
                }
                printer.printRecord(row);
            }
        });
    }
}
