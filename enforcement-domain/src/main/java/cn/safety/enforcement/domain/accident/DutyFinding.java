package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 主要负责人安全"红线"意识不牢、责任不落实 (002§(二)): a recorded failure of the enterprise's main responsible person
 * in their safety duty, with what was found and on which day. One of the dynamic triggers that make an enterprise a key
 * enterprise of the next plan. Recorded by the enterprise's department; read under the enterprise's jurisdiction.
 */
@Entity
@Table(name = "duty_finding")
public class DutyFinding {

    static final int FINDING_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_finding_seq")
    @SequenceGenerator(name = "duty_finding_seq", sequenceName = "duty_finding_seq", allocationSize = 50)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(nullable = false, columnDefinition = "text")
    private String finding;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected DutyFinding() {
    }

    /** Records a finding at {@code enterprise} for {@code departmentId}; every problem is reported at once. */
    public static DutyFinding record(Enterprise enterprise, long departmentId, String finding, LocalDate foundOn,
                                     String by, Instant now, LocalDate today) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String f = Text.required(problems, "finding", finding, FINDING_MAX, "dutyFinding.finding.required");
        if (foundOn == null) {
            problems.add(new RuleViolation.Problem("foundOn", "dutyFinding.foundOn.required"));
        } else if (foundOn.isAfter(today)) {
            problems.add(new RuleViolation.Problem("foundOn", "dutyFinding.foundOn.future"));
        } else if (foundOn.getYear() < 2000) {
            problems.add(new RuleViolation.Problem("foundOn", "dutyFinding.foundOn.tooEarly"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        DutyFinding d = new DutyFinding();
        d.enterpriseId = enterprise.getId();
        d.departmentId = departmentId;
        d.finding = f;
        d.foundOn = foundOn;
        d.recordedBy = by;
        d.recordedAt = now;
        return d;
    }

    public DutyFindingSnapshot snapshot() {
        return new DutyFindingSnapshot(id, enterpriseId, departmentId, finding, foundOn);
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getFinding() {
        return finding;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
