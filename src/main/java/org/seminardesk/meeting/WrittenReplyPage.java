package org.seminardesk.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.TokenLinkServlet;

/**
 * /w/{token}: a member organisation reads the agenda of a meeting held in writing and answers each item
 * (objection or not, and an opinion) until the deadline. The token stays in the server-side view state.
 */
@Named
@ViewScoped
public class WrittenReplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    private String token;
    private ReplyView reply;
    private List<AnswerForm> answers = List.of();

    /** One agenda item with the organisation's answer being written. */
    public static class AnswerForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private final ReplyView.Item item;
        private Verdict verdict;
        private String opinion;

        AnswerForm(ReplyView.Item item) {
            this.item = item;
            this.verdict = item.verdict() == null ? null : Verdict.valueOf(item.verdict());
            this.opinion = item.opinion();
        }

        public ReplyView.Item getItem() {
            return item;
        }

        public Verdict getVerdict() {
            return verdict;
        }

        public void setVerdict(Verdict verdict) {
            this.verdict = verdict;
        }

        public String getOpinion() {
            return opinion;
        }

        public void setOpinion(String opinion) {
            this.opinion = opinion;
        }
    }

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        refresh();
        if (reply == null) {
            PageParams.notFound();
        }
    }

    private void refresh() {
        try {
            reply = token == null ? null : meetings.reply(token, language());
            answers = reply == null ? List.of() : reply.items().stream().map(AnswerForm::new).toList();
        } catch (DomainException unknown) {
            reply = null;
        }
    }

    public void submit() {
        if (answers.stream().anyMatch(a -> a.verdict == null)) {
            PageParams.refused(DomainException.invalid("answers", "Answer every item").withCode("meeting.answerEvery"));
            return;
        }
        try {
            reply = meetings.answer(token, answers.stream()
                    .map(a -> new AnswerDraft(a.item.agendaItemId(), a.verdict, a.opinion)).toList(), language());
            PageParams.info("reply.thanks");
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    private static Locale language() {
        return org.seminardesk.platform.i18n.PageTexts.language();
    }

    public ReplyView getReply() {
        return reply;
    }

    public List<AnswerForm> getAnswers() {
        return answers;
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }
}
