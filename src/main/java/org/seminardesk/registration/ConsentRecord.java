package org.seminardesk.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.platform.persistence.KeyBlocks;

/** A consent given when people were registered or added: kept as a count once the giver is erased. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
    @SequenceGenerator(name = "consent_record_seq", sequenceName = "consent_record_seq", allocationSize = KeyBlocks.SIZE)
    private Long id;

    private long registrationId;
    private Instant givenAt;
    private String noticeVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Consent.GivenBy givenBy;

    private String giverName;
    private String giverEmail;
    private int people;
    private boolean needsConsent;

    protected ConsentRecord() {
        // for JPA
    }

    ConsentRecord(long registrationId, Consent consent, int people, Instant givenAt) {
        this.registrationId = registrationId;
        this.givenAt = givenAt;
        this.noticeVersion = Consent.NOTICE_VERSION;
        this.givenBy = consent.givenBy();
        this.giverName = consent.giverName();
        this.giverEmail = consent.giverEmail() == null ? null : org.seminardesk.platform.EmailAddress.normalise(consent.giverEmail());
        this.people = people;
        this.needsConsent = consent.needsConsent();
    }
}
