package org.seminardesk.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.seminardesk.platform.DomainException;
import org.seminardesk.registration.Participant;

/**
 * A seminar participant asked to answer a feedback questionnaire, through their own link (/s/). It knows whom it
 * asked and whether the link was used, never which answers came of it when the survey is anonymous.
 */
@Entity
@Table(name = "survey_invitation")
@NamedQuery(name = "SurveyInvitation.findForSurvey",
        query = "select i from SurveyInvitation i join fetch i.participant where i.survey.id = :survey order by i.id")
public class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    private boolean mailed;
    private boolean used;

    protected SurveyInvitation() {
        // for JPA
    }

    SurveyInvitation(Survey survey, Participant participant, boolean mailed) {
        this.survey = survey;
        this.participant = participant;
        this.mailed = mailed;
    }

    /** An anonymous questionnaire is answered once through a link: a second answer could not replace the first. */
    void use() {
        if (used && survey.anonymous()) {
            throw DomainException.conflict("This anonymous questionnaire was answered through this link already")
                    .withCode("survey.answeredAnonymously");
        }
        used = true;
    }

    public Long id() {
        return id;
    }

    public Survey survey() {
        return survey;
    }

    public Participant participant() {
        return participant;
    }

    public boolean mailed() {
        return mailed;
    }

    public boolean used() {
        return used;
    }
}
