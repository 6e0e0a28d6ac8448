package org.seminardesk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.audit.Audited;

/**
 * Two records of one organisation (entered twice, or a public registrant's company that became a member)
 * merged into one: everything that names the one merged away — registrations, requests, contacts, survey
 * answers, replies in writing, meeting rosters, group work, pro bono needs — then names the one kept, and the
 * other goes. Refused, changing nothing, where both hold what there can be only one of.
 */
@ApplicationScoped
@Transactional
public class OrganisationMerge {

    @PersistenceContext
    EntityManager em;

    @Audited("organisation")
    public Organisation merge(long mergedId, long keptId) {
        if (mergedId == keptId) {
            throw DomainException.invalid("intoId", "An organisation cannot be merged into itself").withCode("organisation.mergeSelf");
        }
        Organisation merged = find(mergedId);
        Organisation kept = find(keptId);
        requireNoClash(mergedId, keptId);
        // the same contact address twice: the merged one's goes, with its portal links
        em.createNativeQuery("""
                DELETE FROM access_link WHERE purpose = 'PORTAL' AND subject_id IN (SELECT c.id FROM organisation_contact c
                  WHERE c.organisation_id = :merged AND c.email IN (SELECT k.email FROM organisation_contact k WHERE k.organisation_id = :kept))""")
                .setParameter("merged", mergedId).setParameter("kept", keptId).executeUpdate();
        em.createNativeQuery("""
                DELETE FROM organisation_contact WHERE organisation_id = :merged
                  AND email IN (SELECT k.email FROM organisation_contact k WHERE k.organisation_id = :kept)""")
                .setParameter("merged", mergedId).setParameter("kept", keptId).executeUpdate();
        for (String table : List.of("registration", "registration_request", "organisation_contact", "survey_response",
                "written_reply", "meeting_attendee", "probono_need")) {
            em.createNativeQuery("UPDATE " + table + " SET organisation_id = :kept WHERE organisation_id = :merged")
                    .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        }
        em.createNativeQuery("UPDATE registration SET active_organisation_id = :kept WHERE active_organisation_id = :merged")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        em.createNativeQuery("UPDATE work_group_member SET member_key = :kept WHERE member_key = :merged")
                .setParameter("kept", "O" + keptId).setParameter("merged", "O" + mergedId).executeUpdate();
        em.flush();
        em.clear();
        em.remove(em.find(Organisation.class, mergedId));
        return em.find(Organisation.class, keptId);
    }

    /** What both may not hold: an active registration for the same seminar, a reply to the same meeting or survey. */
    private void requireNoClash(long mergedId, long keptId) {
        List<String> clashes = new ArrayList<>();
        clash(clashes, "an active registration for the same seminar", """
                SELECT COUNT(*) FROM registration a JOIN registration b ON a.seminar_id = b.seminar_id
                WHERE a.active_organisation_id = :merged AND b.active_organisation_id = :kept""", mergedId, keptId);
        clash(clashes, "a reply to the same meeting held in writing", """
                SELECT COUNT(*) FROM written_reply a JOIN written_reply b ON a.seminar_id = b.seminar_id
                WHERE a.organisation_id = :merged AND b.organisation_id = :kept""", mergedId, keptId);
        clash(clashes, "answers to the same survey", """
                SELECT COUNT(*) FROM survey_response a JOIN survey_response b ON a.survey_id = b.survey_id
                WHERE a.organisation_id = :merged AND b.organisation_id = :kept""", mergedId, keptId);
        clash(clashes, "a place on the same meeting's roster", """
                SELECT COUNT(*) FROM meeting_attendee a JOIN meeting_attendee b ON a.seminar_id = b.seminar_id
                WHERE a.organisation_id = :merged AND b.organisation_id = :kept""", mergedId, keptId);
        if (!clashes.isEmpty()) {
            throw DomainException.conflict("Both organisations hold " + String.join(", ", clashes)
                    + ": cancel or remove one of each first").withCode("organisation.mergeClash", String.join("、", clashes));
        }
    }

    private void clash(List<String> clashes, String what, String sql, long mergedId, long keptId) {
        Number count = (Number) em.createNativeQuery(sql).setParameter("merged", mergedId).setParameter("kept", keptId).getSingleResult();
        if (count.longValue() > 0) {
            clashes.add(what);
        }
    }

    private Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw DomainException.notFound("Organisation", id);
        }
        return organisation;
    }
}
