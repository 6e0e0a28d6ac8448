package org.seminardesk.material;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seminardesk.platform.web.TokenLinkServlet;

/** The materials a page shows: the public seminar page's, or those of the participant whose link opened the page. */
@Named
@RequestScoped
public class MaterialLists {

    @Inject
    MaterialService materials;

    private List<MaterialView> participants;

    public List<MaterialView> publicOf(long seminarId) {
        return materials.publicOf(seminarId);
    }

    /** For participant.xhtml (reached through /p/{token}); empty for an unknown link. */
    public List<MaterialView> getForParticipant() {
        if (participants == null) {
            participants = TokenLinkServlet.token().map(token -> {
                try {
                    return materials.forParticipant(token);
                } catch (org.seminardesk.platform.DomainException unknown) {
                    return List.<MaterialView>of();
                }
            }).orElse(List.of());
        }
        return participants;
    }

    public String getParticipantBase() {
        return TokenLinkServlet.token().map(token -> "/api/participants/" + token + "/materials/").orElse("");
    }
}
