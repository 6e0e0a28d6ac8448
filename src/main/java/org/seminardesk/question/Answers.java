package org.seminardesk.question;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Answers kept next to what they belong to (a registration, a participant, a request), as JSON:
 * [{"questionId":4,"options":[0,2]},{"questionId":5,"text":"…"}]. Empty: null in the column.
 */
@Converter
public class Answers implements AttributeConverter<List<AnswerInput>, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(List<AnswerInput> answers) {
        return answers == null || answers.isEmpty() ? null : JSON.toJson(answers.toArray(AnswerInput[]::new));
    }

    @Override
    public List<AnswerInput> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(JSON.fromJson(column, AnswerInput[].class));
    }
}
