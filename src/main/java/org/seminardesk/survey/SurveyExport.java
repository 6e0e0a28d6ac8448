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
        List<String> header = new ArrayList<>(List.of("事業所", "回答日時"));
        survey.questions().forEach(q -> header.add(q.position() + ". " + q.text()));
        return ExcelCsv.write(header.toArray(String[]::new), printer -> {
            for (SurveyResponse response : responses) {
                if (response.submittedAt() == null) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(response.organisation().name(), WHEN.format(response.submittedAt())));
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
