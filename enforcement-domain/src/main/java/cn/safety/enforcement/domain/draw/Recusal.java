package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * 回避: an inspector has a link to an enterprise (a relative there, a former employer, a stake) and is not drawn to
 * inspect it. Declared by the inspector or recorded by a supervisor or admin of the inspector's department, with a
 * reason that stays inside the department: a draw publishes only the pair (certificate number, credit code).
 * Withdrawn with a reason when the link ends; a withdrawn recusal no longer applies to later draws.
 */
@Entity
@Table(name = "recusal")
public class Recusal implements UnderJurisdiction {

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recusal_seq")
    @SequenceGenerator(name = "recusal_seq", sequenceName = "recusal_seq", allocationSize = 50)
    private Long id;

    /** The inspector's department, whose draws the recusal binds. */
    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Embedded
    private Location location;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "declared_by", nullable = false, length = 64)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = REASON_LENGTH)
    private String withdrawalReason;

    @Version
    private long version;

    protected Recusal() {
    }

    public static Recusal declare(long departmentId, Location location, long userId, long enterpriseId,
                                  String reason, String by, Instant now) {
        Recusal r = new Recusal();
        r.departmentId = departmentId;
        r.location = location;
        r.userId = userId;
        r.enterpriseId = enterpriseId;
        r.reason = reason(reason, "reason");
        r.declaredBy = by;
        r.declaredAt = now;
        return r;
    }

    public RecusalWithdrawn withdraw(String reason, String by, Instant now) {
        if (withdrawnAt != null) {
            throw new RuleViolation(null, "recusal.alreadyWithdrawn");
        }
        RecusalSnapshot before = snapshot();
        this.withdrawalReason = reason(reason, "reason");
        this.withdrawnAt = now;
        this.withdrawnBy = by;
        return new RecusalWithdrawn(before, snapshot());
    }

    private static String reason(String reason, String field) {
        return Text.require(field, reason, REASON_LENGTH, "recusal.reason.required");
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public RecusalSnapshot snapshot() {
        return new RecusalSnapshot(id, departmentId, userId, enterpriseId, reason, withdrawnAt, withdrawalReason);
    }

    @Override
    public long assignedDepartmentId() {
        return departmentId;
    }

    @Override
    public Location location() {
        return location;
    }

    public Long getId() {
        return id;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getReason() {
        return reason;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public long getVersion() {
        return version;
    }
}
