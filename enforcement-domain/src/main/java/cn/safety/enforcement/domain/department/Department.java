package cn.safety.enforcement.domain.department;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * An enforcement department (执法主体), e.g. 石家庄市应急管理局.
 * <p>Lifecycle: {@link #establish established} in an active division, {@link #rename renamed}; its division and so its
 * level never change (a department that moves is a new department).
 */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Embedded
    private Location location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DivisionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DepartmentKind kind = DepartmentKind.ENFORCEMENT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Department() {
    }

    public static Department establish(String name, Division division, Instant now) {
        if (division.isRetired()) {
            throw new RuleViolation("divisionCode", "department.division.retired");
        }
        Department d = new Department();
        d.name = requireName(name);
        d.location = division.location();
        d.level = division.getLevel();
        d.createdAt = now;
        return d;
    }

    /**
     * An organisation entrusted to enforce in a department's name (受委托组织), kept beside the departments of its
     * division so that its users sign in and are administered like any other; it is never an enforcement subject.
     */
    public static Department establishEntrustedOrganisation(String name, Division division, Instant now) {
        Department d = establish(name, division, now);
        d.kind = DepartmentKind.ENTRUSTED_ORGANISATION;
        return d;
    }

    public DepartmentRenamed rename(String newName) {
        DepartmentSnapshot before = snapshot();
        this.name = requireName(newName);
        return new DepartmentRenamed(before, snapshot());
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "department.name.required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > 100) {
            throw new RuleViolation("name", "department.name.tooLong");
        }
        if (cn.safety.enforcement.domain.Text.hasControlCharactersInLine(trimmed)) {
            throw new RuleViolation("name", "field.controlCharacters");
        }
        return trimmed;
    }

    /** True when this department's division lies strictly above {@code other}'s: it is a higher level over it. */
    public boolean isAbove(Department other) {
        return location.strictlyContains(other.location);
    }

    /** The department as the record keeps it. */
    public DepartmentSnapshot snapshot() {
        return new DepartmentSnapshot(id, name, location.divisionCode(), level);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Location getLocation() {
        return location;
    }

    public String getDivisionCode() {
        return location.divisionCode();
    }

    public DivisionLevel getLevel() {
        return level;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    /** True for an organisation entrusted to enforce (受委托组织), false for an enforcement department. */
    public boolean isEntrustedOrganisation() {
        return kind == DepartmentKind.ENTRUSTED_ORGANISATION;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
