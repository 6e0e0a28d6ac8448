package org.seminardesk.attendance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.registration.Participant;

/**
 * A person as one imported report lists them, with their minutes and the times behind them (OnlineTime, so
 * that reports of the same event are united, not added), and the participant they are (matched by email or
 * name on import, or by staff) — or none yet, or ignored (the host, a speaker).
 */
@Entity
@Table(name = "imported_person")
@NamedQuery(name = "ImportedPerson.findForImport",
        query = "select p from ImportedPerson p where p.attendanceImport.id = :import order by p.id")
@NamedQuery(name = "ImportedPerson.findUnmatched", query = """
        select p from ImportedPerson p where p.attendanceImport.seminar.id = :seminar and p.matchedBy = :none
        order by p.minutes desc, p.id""")
@NamedQuery(name = "ImportedPerson.countUnmatched", query = """
        select count(p) from ImportedPerson p where p.attendanceImport.seminar.id = :seminar and p.matchedBy = :none""")
@NamedQuery(name = "ImportedPerson.countByMatch", query = """
        select p.matchedBy, count(p) from ImportedPerson p where p.attendanceImport.id = :import group by p.matchedBy""")
@NamedQuery(name = "ImportedPerson.timeByParticipant", query = """
        select p.participant.id, p.onlineTime from ImportedPerson p
        where p.attendanceImport.seminar.id = :seminar and p.participant is not null""")
public class ImportedPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    private AttendanceImport attendanceImport;

    private String name;
    private String email;
    private int minutes;
    private String onlineTime;
    private int rowCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MatchedBy matchedBy;

    protected ImportedPerson() {
        // for JPA
    }

    public void assign(Participant chosen) {
        participant = chosen;
        matchedBy = MatchedBy.HAND;
    }

    public void ignore() {
        participant = null;
        matchedBy = MatchedBy.IGNORED;
    }

    public void unassign() {
        participant = null;
        matchedBy = MatchedBy.NONE;
    }

    public Long id() {
        return id;
    }

    public AttendanceImport attendanceImport() {
        return attendanceImport;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public int minutes() {
        return minutes;
    }

    public OnlineTime onlineTime() {
        return OnlineTime.decode(onlineTime);
    }

    public int rowCount() {
        return rowCount;
    }

    public Participant participant() {
        return participant;
    }

    public MatchedBy matchedBy() {
        return matchedBy;
    }
}
