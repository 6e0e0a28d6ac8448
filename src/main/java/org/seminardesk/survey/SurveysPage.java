package org.seminardesk.survey;

import org.seminardesk.question.QuestionKind;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.web.PageParams;

/** manage/surveys.xhtml (organisers): the surveys, and a form to write or change a draft and send it. */
@Named
@ViewScoped
public class SurveysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyService surveys;

    private List<SurveyView> list = List.of();
    private Long editing;
    private String title;
    private String intro;
    private LocalDate deadlineDate;
    private LocalTime deadlineTime = LocalTime.of(17, 0);
    private FacilityType[] facilityTypes = {};
    private final List<QuestionRow> questions = new ArrayList<>();
    /** A feedback questionnaire: the seminar whose participants it asks, which of them, without names or not. */
    private Long seminarId;
    private ParticipantGroup participantGroup = ParticipantGroup.ALL;
    private boolean anonymous;

    public Long getSeminarId() { return seminarId; }
    public void setSeminarId(Long v) { seminarId = v; }
    public ParticipantGroup getParticipantGroup() { return participantGroup; }
    public void setParticipantGroup(ParticipantGroup v) { participantGroup = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
    public ParticipantGroup[] getParticipantGroups() { return ParticipantGroup.values(); }

    @Inject
    org.seminardesk.seminar.SeminarService seminars;

    /** Seminars whose participants a feedback questionnaire can ask: published or held, newest first. */
    public List<org.seminardesk.seminar.SeminarView> getSeminarChoices() {
        return seminars.organiserViews(java.util.List.of(org.seminardesk.seminar.SeminarStatus.PUBLISHED,
                org.seminardesk.seminar.SeminarStatus.HELD)).stream()
                .sorted(java.util.Comparator.comparing(org.seminardesk.seminar.SeminarView::startsAt).reversed()).toList();
    }

    /** A question being written; options one per line. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private QuestionKind kind = QuestionKind.SINGLE;
        private String text;
        private String options;
        private boolean required = true;

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        SurveyDraft.Question draft() {
            List<String> lines = options == null || kind == QuestionKind.TEXT ? List.of()
                    : options.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return new SurveyDraft.Question(kind, text, required, lines);
        }
    }

    @PostConstruct
    void load() {
        list = surveys.list();
        if (questions.isEmpty()) {
            questions.add(new QuestionRow());
        }
    }

    /** A new survey from the standard satisfaction questionnaire, in the page's language, to change before saving. */
    public void startFromTemplate() {
        java.util.Locale language = org.seminardesk.platform.i18n.PageTexts.language();
        editing = null;
        title = SatisfactionTemplate.title(language);
        intro = SatisfactionTemplate.intro(language);
        questions.clear();
        for (SurveyDraft.Question q : SatisfactionTemplate.questions(language)) {
            QuestionRow row = new QuestionRow();
            row.kind = q.kind();
            row.text = q.text();
            row.required = q.required();
            row.options = String.join("\n", q.options());
            questions.add(row);
        }
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void removeQuestion(int index) {
        questions.remove(index);
    }

    public void edit(long id) {
        SurveyView survey = surveys.view(id);
        editing = id;
        title = survey.title();
        intro = survey.intro();
        var at = survey.deadline().atZone(JapaneseDates.TOKYO);
        deadlineDate = at.toLocalDate();
        deadlineTime = at.toLocalTime();
        facilityTypes = survey.facilityTypes().toArray(FacilityType[]::new);
        seminarId = survey.seminarId();
        participantGroup = survey.participants() == null ? ParticipantGroup.ALL : survey.participants();
        anonymous = survey.anonymous();
        questions.clear();
        for (SurveyView.Question q : survey.questions()) {
            QuestionRow row = new QuestionRow();
            row.kind = QuestionKind.valueOf(q.kind());
            row.text = q.text();
            row.required = q.required();
            row.options = String.join("\n", q.options());
            questions.add(row);
        }
    }

    public void save() {
        if (deadlineDate == null || deadlineTime == null) {
            PageParams.refused(DomainException.invalid("deadline", "No deadline").withCode("survey.deadlineFuture"));
            return;
        }
        SurveyDraft draft = new SurveyDraft(title, intro, deadlineDate.atTime(deadlineTime).atZone(JapaneseDates.TOKYO).toOffsetDateTime(),
                facilityTypes.length == 0 ? EnumSet.noneOf(FacilityType.class) : EnumSet.copyOf(Arrays.asList(facilityTypes)),
                questions.stream().map(QuestionRow::draft).toList(), seminarId, participantGroup, anonymous);
        try {
            if (title == null || title.isBlank() || questions.stream().anyMatch(q -> q.text == null || q.text.isBlank())) {
                throw DomainException.invalid("title", "Title and question texts are required").withCode("required");
            }
            if (editing == null) {
                surveys.create(draft, PageParams.user());
            } else {
                surveys.edit(editing, draft);
            }
            PageParams.info("survey.saved");
            clear();
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
        list = surveys.list();
    }

    public void send(long id) {
        act(() -> surveys.send(id), "survey.sentNow");
    }

    public void delete(long id) {
        act(() -> surveys.delete(id), "survey.deleted");
    }

    /** The question before sending, naming how many organisations are asked. */
    public String sendQuestion(long id) {
        return org.seminardesk.platform.i18n.PageTexts.format("survey.sendConfirm", surveys.audienceOf(id));
    }

    /** Post/Redirect/Get: a change done reloads the page, so refresh and Back never repeat it. */
    private void act(Runnable change, String done) {
        try {
            change.run();
            PageParams.redirectSaying(org.seminardesk.platform.i18n.PageTexts.text(done), "manage/surveys.xhtml");
        } catch (org.seminardesk.platform.DomainException refused) {
            PageParams.refused(refused);
            list = surveys.list();
        }
    }

    private void clear() {
        editing = null;
        title = null;
        intro = null;
        deadlineDate = null;
        facilityTypes = new FacilityType[0];
        questions.clear();
        questions.add(new QuestionRow());
    }

    public List<SurveyView> getList() {
        return list;
    }

    public Long getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public FacilityType[] getFacilityTypes() {
        return facilityTypes.clone();
    }

    public void setFacilityTypes(FacilityType[] facilityTypes) {
        this.facilityTypes = facilityTypes == null ? new FacilityType[0] : facilityTypes.clone();
    }

    public FacilityType[] getAllFacilityTypes() {
        return FacilityType.values();
    }

    /** The kinds a survey asks (short text and yes/no are for registration questions). */
    public QuestionKind[] getKinds() {
        return new QuestionKind[] {QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TEXT};
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public String deadlineLabel(SurveyView survey) {
        return JapaneseDates.moment(survey.deadline(), java.util.Locale.JAPANESE);
    }
}
