package org.seminardesk.seminar.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.seminardesk.platform.DomainException;

/** A numbered group of a seminar's group work, with a name organisers may change. */
@Entity
@Table(name = "work_group")
@IdClass(WorkGroup.Key.class)
@NamedQuery(name = "WorkGroup.findForSeminar", query = "select g from WorkGroup g where g.seminarId = :seminar order by g.number")
public class WorkGroup {

    /** The composite key (seminar, number). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long seminarId;
        private Integer number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(seminarId, key.seminarId) && Objects.equals(number, key.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seminarId, number);
        }
    }

    @Id
    private Long seminarId;

    @Id
    private Integer number;

    private String name;

    protected WorkGroup() {
        // for JPA
    }

    WorkGroup(long seminarId, int number, String name) {
        this.seminarId = seminarId;
        this.number = number;
        rename(name);
    }

    void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw DomainException.invalid("name", "A group's name is 1 to 100 characters").withCode("required");
        }
        name = newName.strip();
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }
}
