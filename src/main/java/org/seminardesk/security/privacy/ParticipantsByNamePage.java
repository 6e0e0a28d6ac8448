package org.seminardesk.security.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;

/**
 * The second half of manage/personal-data.xhtml: a participant registered without an address of their own is
 * found by name (with seminar and organisation, to tell namesakes apart) and erased by id.
 */
@Named
@ViewScoped
public class ParticipantsByNamePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PrivacyRequests requests;

    private String name;
    private List<PersonalData.NamedParticipant> found;
    private boolean confirm;

    public void find() {
        found = null;
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            PageParams.refused(DomainException.invalid("name", "A name is needed").withCode("privacy.name"));
            return;
        }
        found = requests.findByName(name.strip());
    }

    public void erase(long participantId) {
        if (!confirm) {
            PageParams.refused(DomainException.invalid("confirm", "Confirm first").withCode("privacy.confirm"));
            return;
        }
        Erasure.Erased erased = requests.eraseParticipant(participantId);
        PageParams.info("privacy.erased", erased.participants(), erased.mails(), erased.reportRows(), erased.probono(), erased.contacts());
        confirm = false;
        found = requests.findByName(name.strip());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<PersonalData.NamedParticipant> getFound() {
        return found;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }
}
