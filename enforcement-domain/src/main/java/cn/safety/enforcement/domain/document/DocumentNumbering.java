package cn.safety.enforcement.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The number pattern a department set for one type of document (文书编号规则). Lifecycle: {@link #set set} the first
 * time an admin of the department chooses a pattern, {@link #change changed} later; a department without one numbers
 * by {@link NumberPattern#DEFAULT}. Changing the pattern never restarts the count of the year: the counter belongs to
 * the department, type and year, whatever the pattern.
 */
@Entity
@Table(name = "document_numbering")
public class DocumentNumbering {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_numbering_seq")
    @SequenceGenerator(name = "document_numbering_seq", sequenceName = "document_numbering_seq", allocationSize = 50)
    private Long id;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentType type;

    @Column(nullable = false, length = NumberPattern.MAX_LENGTH)
    private String pattern;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected DocumentNumbering() {
    }

    public static DocumentNumbering set(long departmentId, DocumentType type, NumberPattern pattern, String by,
                                        Instant now) {
        DocumentNumbering n = new DocumentNumbering();
        n.departmentId = departmentId;
        n.type = type;
        n.pattern = pattern.text();
        n.setBy = by;
        n.setAt = now;
        return n;
    }

    public DocumentNumberingChanged change(NumberPattern to, String by, Instant now) {
        DocumentNumberingSnapshot before = snapshot();
        this.pattern = to.text();
        this.setBy = by;
        this.setAt = now;
        return new DocumentNumberingChanged(before, snapshot());
    }

    public DocumentNumberingSnapshot snapshot() {
        return new DocumentNumberingSnapshot(id, departmentId, type, pattern);
    }

    public NumberPattern pattern() {
        return new NumberPattern(pattern);
    }

    public Long getId() {
        return id;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public DocumentType getType() {
        return type;
    }

    public String getPattern() {
        return pattern;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public long getVersion() {
        return version;
    }
}
