package org.seminardesk.probono;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;

/** manage/probono.xhtml (organisers): needs and offers, matching them, and each match's outcome. */
@Named
@ViewScoped
public class ProBonoPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProBonoService probono;

    private ProBonoView view;
    private Long needId;
    private Long offerId;
    private String note;
    /** Outcome names by match: a map's values reach the page as strings. */
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        view = probono.view();
        outcomes.clear();
        notes.clear();
        view.matches().forEach(m -> {
            outcomes.put(m.id(), m.outcome());
            notes.put(m.id(), m.note());
        });
    }

    public void match() {
        try {
            if (needId == null || offerId == null) {
                throw DomainException.invalid("needId", "Choose a need and an offer").withCode("probono.choose");
            }
            probono.match(new ProBonoInputs.Match(needId, offerId, note), PageParams.user());
            PageParams.reloadSaying(org.seminardesk.platform.i18n.PageTexts.text("probono.matchedNow"));
            return;
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
        load();
    }

    public void saveOutcome(long matchId) {
        PageParams.actAndReload(() -> probono.recordOutcome(matchId,
                new ProBonoInputs.Outcome(ProBonoMatch.Outcome.valueOf(outcomes.get(matchId)), notes.get(matchId))), "probono.outcomeSaved");
        load();
    }

    public ProBonoView getView() {
        return view;
    }

    public Long getNeedId() {
        return needId;
    }

    public void setNeedId(Long needId) {
        this.needId = needId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public ProBonoMatch.Outcome[] getOutcomeValues() {
        return ProBonoMatch.Outcome.values();
    }
}
