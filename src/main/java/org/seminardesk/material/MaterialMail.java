package org.seminardesk.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.seminardesk.mail.Notifications;

/** Tells the participants who may see a new material that it is on their page, through the outbox. */
@ApplicationScoped
public class MaterialMail {

    static final String TEMPLATE = "material-added";

    @Inject
    MaterialService materials;

    @Inject
    Notifications notices;

    @Transactional
    public int announce(long seminarId, long materialId) {
        return materials.announce(seminarId, materialId,
                (person, material) -> notices.tell(TEMPLATE, person, Map.of("material", material.title())));
    }
}
