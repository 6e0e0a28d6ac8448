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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.seminar.Seminar;

/** One meeting report file imported for a seminar. Its people are ImportedPerson rows. */
@Entity
@Table(name = "attendance_import")
@NamedQuery(name = "AttendanceImport.findForSeminar",
        query = "select i from AttendanceImport i where i.seminar.id = :seminar order by i.importedAt, i.id")
@NamedQuery(name = "AttendanceImport.findByFile",
        query = "select i from AttendanceImport i where i.seminar.id = :seminar and i.fileSha256 = :sha256")
public class AttendanceImport {

    static final int MAX_FILE_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    private String fileName;
    private String fileSha256;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AttendanceReports.Format format;

    private int rowCount;
    private Instant importedAt;
    private String importedBy;

    protected AttendanceImport() {
        // for JPA
    }

    AttendanceImport(Seminar seminar, String fileName, String fileSha256, AttendanceReports.Format format, int rowCount,
                     Instant importedAt, String importedBy) {
        this.seminar = seminar;
        String name = fileName == null || fileName.isBlank() ? "report.csv" : fileName.strip();
        this.fileName = name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
        this.fileSha256 = fileSha256;
        this.format = format;
        this.rowCount = rowCount;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long id() {
        return id;
    }

    public Seminar seminar() {
        return seminar;
    }

    public String fileName() {
        return fileName;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public AttendanceReports.Format format() {
        return format;
    }

    public int rowCount() {
        return rowCount;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
