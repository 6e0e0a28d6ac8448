package org.seminardesk.security.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.seminardesk.platform.persistence.KeyBlocks;

/**
 * One change: who (the signed-in user, or "(link)" for an organisation's token link, "(public)" for the
 * open forms), what (action and subject), when. Never the token or personal data themselves.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.latest", query = "select a from AuditEntry a order by a.at desc, a.id desc")
@NamedQuery(name = "AuditEntry.count", query = "select count(a) from AuditEntry a")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = KeyBlocks.SIZE)
    private Long id;

    private Instant at;
    private String actor;
    private String action;
    private String subjectType;
    private Long subjectId;
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String actor, String action, String subjectType, Long subjectId, String detail) {
        this.at = at;
        this.actor = truncated(actor, 64);
        this.action = truncated(action, 80);
        this.subjectType = truncated(subjectType, 40);
        this.subjectId = subjectId;
        this.detail = detail == null ? null : truncated(detail, 400);
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }
}
