package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One enterprise in one plan version: its kind, the reasons it is there (code and text, with the rule-set version they
 * were computed with), the inspections it needs this year, its month and its flags. Referenced by the plan's id; the
 * generated items of a draft are written and rewritten in bulk, the changes by hand go through this entity.
 * <p>Lifecycle: generated (or drawn, or {@link #add added} by an upper department), {@link #reschedule rescheduled} to
 * a month, a law-abiding key item {@link #moveToSpotCheck moved to the spot-check pool} with a reason.
 */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    /** The reason code a supervisor's move adds to the item. */
    public static final String MOVED = "MOVED_TO_SPOT_CHECK";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_item_seq")
    @SequenceGenerator(name = "plan_item_seq", sequenceName = "plan_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(nullable = false)
    private int year;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanItemOrigin origin;

    @Column(name = "reason_codes", nullable = false, columnDefinition = "varchar(32)[]")
    private String[] reasonCodes = new String[0];

    @Column(name = "reason_texts", nullable = false, columnDefinition = "text[]")
    private String[] reasonTexts = new String[0];

    @Column(name = "required_inspections", nullable = false)
    private int requiredInspections;

    private Short month;

    @Column(name = "month_set_by_hand", nullable = false)
    private boolean monthSetByHand;

    @Column(nullable = false, columnDefinition = "varchar(32)[]")
    private String[] flags = new String[0];

    @Column(name = "moved_reason", length = 500)
    private String movedReason;

    @Column(name = "moved_by", length = 64)
    private String movedBy;

    @Column(name = "draw_id")
    private Long drawId;

    @Column(name = "rule_set", length = 64)
    private String ruleSet;

    @Version
    private long version;

    protected PlanItem() {
    }

    /**
     * 督查 or 交叉互检: an upper department adds an enterprise of a lower one to its own plan, with the reason; one
     * inspection, month left to choose.
     */
    public static PlanItem add(Plan plan, long enterpriseId, PlanItemKind kind, String reason) {
        if (kind == null || !kind.addedByUpperDepartment()) {
            throw new RuleViolation("kind", "plan.item.kind.addable");
        }
        String clean = Text.require("reason", reason, 500, "plan.item.reason.required");
        PlanItem i = new PlanItem();
        i.planId = plan.getId();
        i.departmentId = plan.getDepartmentId();
        i.year = plan.getYear();
        i.enterpriseId = enterpriseId;
        i.kind = kind;
        i.origin = PlanItemOrigin.ADDED;
        i.reasonCodes = new String[] {kind.name()};
        i.reasonTexts = new String[] {clean};
        i.requiredInspections = 1;
        return i;
    }

    /** The month (1–12) of the item's (first) inspection. */
    public PlanItemChanged reschedule(int newMonth) {
        PlanItemSnapshot before = snapshot();
        applyMonth(newMonth);
        return new PlanItemChanged(before, snapshot(), null);
    }

    /**
     * 纳入执法抽查: the law-abiding key item goes to the spot-check pool; it needs no inspection of its own unless it is
     * drawn. Whether the enterprise is law-abiding is decided by the caller from fresh facts.
     */
    public PlanItemChanged moveToSpotCheck(String reason, String by, Integer newMonth) {
        PlanItemSnapshot before = snapshot();
        if (kind != PlanItemKind.KEY) {
            throw new RuleViolation("moveToSpotCheck", "plan.move.keyOnly");
        }
        String clean = Text.require("reason", reason, 500, "plan.move.reason.required");
        if (newMonth != null) {
            applyMonth(newMonth);
        }
        this.kind = PlanItemKind.SPOT_CHECK;
        this.requiredInspections = 0;
        this.movedReason = clean;
        this.movedBy = by;
        List<String> codes = new ArrayList<>(Arrays.asList(reasonCodes));
        List<String> texts = new ArrayList<>(Arrays.asList(reasonTexts));
        codes.add(MOVED);
        texts.add("守法守信的重点检查企业纳入执法抽查：" + clean);
        this.reasonCodes = codes.toArray(String[]::new);
        this.reasonTexts = texts.toArray(String[]::new);
        return new PlanItemChanged(before, snapshot(), clean);
    }

    private void applyMonth(int newMonth) {
        if (newMonth < 1 || newMonth > 12) {
            throw new RuleViolation("month", "plan.item.month.invalid");
        }
        this.month = (short) newMonth;
        this.monthSetByHand = true;
    }

    public PlanItemSnapshot snapshot() {
        return new PlanItemSnapshot(id, planId, departmentId, enterpriseId, kind, requiredInspections,
                month == null ? null : month.intValue(), List.of(reasonCodes), List.of(flags), movedReason);
    }

    public List<Reason> reasons() {
        List<Reason> r = new ArrayList<>(reasonCodes.length);
        for (int i = 0; i < reasonCodes.length; i++) {
            r.add(new Reason(reasonCodes[i], reasonTexts[i]));
        }
        return r;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public int getYear() {
        return year;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public PlanItemKind getKind() {
        return kind;
    }

    public PlanItemOrigin getOrigin() {
        return origin;
    }

    public int getRequiredInspections() {
        return requiredInspections;
    }

    public Integer getMonth() {
        return month == null ? null : month.intValue();
    }

    public List<String> getFlags() {
        return List.of(flags);
    }

    public String getMovedReason() {
        return movedReason;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public long getVersion() {
        return version;
    }
}
