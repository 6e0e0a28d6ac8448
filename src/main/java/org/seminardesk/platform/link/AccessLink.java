package org.seminardesk.platform.link;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One working private link: the SHA-256 of its token, what it opens and for whom. A subject may hold several
 * (each mail carries its own); renewing deletes them all.
 */
@Entity
@Table(name = "access_link")
@NamedQuery(name = "AccessLink.revokeAll",
        query = "delete from AccessLink l where l.purpose = :purpose and l.subjectId = :subject")
public class AccessLink {

    @Id
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private LinkPurpose purpose;

    private long subjectId;
    private Instant createdAt;

    protected AccessLink() {
        // for JPA
    }

    AccessLink(AccessToken token, LinkPurpose purpose, long subjectId, Instant createdAt) {
        this.tokenHash = token.hash();
        this.purpose = purpose;
        this.subjectId = subjectId;
        this.createdAt = createdAt;
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    public long subjectId() {
        return subjectId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
