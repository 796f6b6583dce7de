package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An expert of a department's pool (执法+专家, 002§(十), 000§(十二)): name, speciality and organisation. Experts are not
 * accounts; they join inspections of their department.
 * <p>Lifecycle: {@link #add added} to the pool by the department's admin or supervisor, {@link #retire retired} from it
 * (inspections they joined keep them).
 */
@Entity
@Table(name = "expert")
public class Expert {

    static final int NAME_MAX = 64;
    static final int SPECIALITY_MAX = 100;
    static final int ORGANISATION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_seq")
    @SequenceGenerator(name = "expert_seq", sequenceName = "expert_seq", allocationSize = 50)
    private Long id;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = SPECIALITY_MAX)
    private String speciality;

    @Column(nullable = false, length = ORGANISATION_MAX)
    private String organisation;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Expert() {
    }

    public static Expert add(long departmentId, String name, String speciality, String organisation, String by,
                             Instant now) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String n = line(problems, "name", name, NAME_MAX);
        String s = line(problems, "speciality", speciality, SPECIALITY_MAX);
        String o = line(problems, "organisation", organisation, ORGANISATION_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Expert e = new Expert();
        e.departmentId = departmentId;
        e.name = n;
        e.speciality = s;
        e.organisation = o;
        e.active = true;
        e.createdBy = by;
        e.createdAt = now;
        return e;
    }

    private static String line(List<RuleViolation.Problem> problems, String field, String value, int max) {
        return Text.requiredLine(problems, field, value, max, "expert." + field + ".required");
    }

    /** Leaves the pool: no new inspection may name the expert. */
    public ExpertRetired retire() {
        ExpertSnapshot before = snapshot();
        this.active = false;
        return new ExpertRetired(before, snapshot());
    }

    public ExpertSnapshot snapshot() {
        return new ExpertSnapshot(id, departmentId, name, speciality, organisation, active);
    }

    public Long getId() {
        return id;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getName() {
        return name;
    }

    public String getSpeciality() {
        return speciality;
    }

    public String getOrganisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
