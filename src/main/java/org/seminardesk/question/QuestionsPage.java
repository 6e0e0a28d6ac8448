package org.seminardesk.question;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.RecordPage;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarService;

/**
 * manage/questions.xhtml?seminar=12: the questions a seminar asks at registration, edited as a list and saved
 * at once (QuestionService.replace: the same rules as the API).
 */
@Named
@ViewScoped
public class QuestionsPage extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionService questions;

    @Inject
    SeminarService seminars;

    private String title;
    private String dateLabel;
    private final List<Row> rows = new ArrayList<>();

    /** One question as typed; options one per line. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private QuestionKind kind = QuestionKind.SHORT_TEXT;
        private String text;
        private boolean required;
        private boolean perParticipant;
        private String options;

        QuestionDraft draft() {
            List<String> lines = options == null || !kind.hasOptions() ? List.of()
                    : Arrays.stream(options.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
            return new QuestionDraft(id, kind, text == null ? "" : text, required, perParticipant, lines);
        }

        public Long getId() { return id; }
        public QuestionKind getKind() { return kind; }
        public void setKind(QuestionKind v) { kind = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
        public boolean isPerParticipant() { return perParticipant; }
        public void setPerParticipant(boolean v) { perParticipant = v; }
        public String getOptions() { return options; }
        public void setOptions(String v) { options = v; }
    }

    @Override
    protected void show(long seminarId) {
        Seminar seminar = seminars.find(seminarId).orElseThrow(() -> org.seminardesk.platform.DomainException.notFound("Seminar", seminarId));
        title = seminar.titleJa();
        dateLabel = seminar.dateLabel();
        rows.clear();
        for (SeminarQuestion q : questions.of(seminarId).all()) {
            Row row = new Row();
            row.id = q.id();
            row.kind = q.kind();
            row.text = q.text();
            row.required = q.required();
            row.perParticipant = q.perParticipant();
            row.options = String.join("\n", q.options());
            rows.add(row);
        }
    }

    public void addRow() {
        if (rows.size() < SeminarQuestion.MAX_QUESTIONS) {
            rows.add(new Row());
        }
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Saves the list; a refused rule names the question and changes nothing. */
    public void save() {
        List<QuestionDraft> drafts = rows.stream().map(Row::draft).toList();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).text().isBlank()) {
                PageParams.refused(org.seminardesk.platform.DomainException.invalid("questions[" + i + "].text", "Write the question")
                        .withCode("question.textRequired", i + 1));
                return;
            }
        }
        PageParams.actAndReload(() -> questions.replaceQuestions(getId(), drafts), "questions.saved");
    }

    public List<Row> getRows() {
        return rows;
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public String getTitle() {
        return title;
    }

    public String getDateLabel() {
        return dateLabel;
    }
}
