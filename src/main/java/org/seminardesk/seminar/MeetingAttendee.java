package org.seminardesk.seminar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.organisation.Organisation;

/** A line of a meeting's attendance roster: a member organisation, or a named role such as the chair. */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee {

    public enum Role { CHAIR, MEMBER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String label;

    /** Whether they took part (出席); null until someone records it. */
    private Boolean present;

    protected MeetingAttendee() {
        // for JPA
    }

    MeetingAttendee(Seminar seminar, int position, Role role, Organisation organisation, String label) {
        this.seminar = seminar;
        this.position = position;
        this.role = role;
        this.organisation = organisation;
        this.label = label;
    }

    public Long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Boolean present() {
        return present;
    }

    void markPresence(Boolean wasThere) {
        present = wasThere;
    }

    public Role role() {
        return role;
    }

    /** The organisation's name, or the label of a role held by a person (e.g. 区立発達障害者支援施設長). */
    public String displayName() {
        return organisation != null ? organisation.name() : label;
    }

    public Organisation organisation() {
        return organisation;
    }
}
