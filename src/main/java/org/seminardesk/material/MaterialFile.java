package org.seminardesk.material;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A handout's bytes, apart from its description so that lists never load them. */
@Entity
@Table(name = "seminar_material_file")
public class MaterialFile {

    @Id
    private Long materialId;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected MaterialFile() {
        // for JPA
    }

    MaterialFile(long materialId, byte[] content) {
        this.materialId = materialId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
