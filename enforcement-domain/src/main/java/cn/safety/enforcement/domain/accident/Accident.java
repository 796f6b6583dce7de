package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.enterprise.Enterprise;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * 生产安全事故: an accident at an enterprise, with when and where it happened, its GB 6441-86 category, its casualties
 * and direct economic loss (万元). Its grade (第三条) is computed once, when it is recorded, from the thresholds in force
 * on the day it happened, and kept with the rule set used, the government level that investigates (第十九条) and the
 * level above that supervises (000§(六)).
 * <p>Lifecycle: {@link #record recorded} by the enterprise's department (or an organisation entrusted in its name);
 * later issues add closure and the assessment one year after it. It belongs to the enterprise and is read under the
 * enterprise's jurisdiction; {@code departmentId} is the department the enterprise was assigned to when recorded.
 */
@Entity
@Table(name = "accident")
public class Accident {

    static final int PLACE_MAX = 200;
    static final int SUMMARY_MAX = 4000;
    /** More than anyone has ever counted in one accident: a bound for typing errors, not a rule. */
    static final int COUNT_MAX = 100_000;
    /** numeric(14,4) holds below 10^10 万元. */
    static final BigDecimal LOSS_MAX = new BigDecimal("9999999999");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accident_seq")
    @SequenceGenerator(name = "accident_seq", sequenceName = "accident_seq", allocationSize = 50)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AccidentCategory category;

    @Column(nullable = false)
    private int deaths;

    @Column(name = "serious_injuries", nullable = false)
    private int seriousInjuries;

    @Column(name = "direct_loss_ten_thousand_yuan", precision = 14, scale = 4)
    private BigDecimal directLossTenThousandYuan;

    @Column(columnDefinition = "text")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccidentGrade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "investigating_level", length = 20)
    private GovernmentLevel investigatingLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervising_level", length = 20)
    private GovernmentLevel supervisingLevel;

    @Column(name = "rule_set", length = 300)
    private String ruleSet;

    @Column(name = "grade_basis", length = 100)
    private String gradeBasis;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Accident() {
    }

    /** What is reported of an accident, as typed: the category by code or by its GB 6441-86 name. */
    public record Report(Instant occurredAt, String place, String category, Integer deaths, Integer seriousInjuries,
                         BigDecimal directLossTenThousandYuan, String summary) {
    }

    /**
     * Records an accident at {@code enterprise} for {@code departmentId}. {@code gradingOn} gives the thresholds in
     * force on a day (in the enterprise's province), empty before the 条例 applied. Every problem of the report is
     * reported at once, each naming its field.
     */
    public static Accident record(Enterprise enterprise, long departmentId, Report report,
                                  Function<LocalDate, Optional<AccidentGrading>> gradingOn, String by, Instant now,
                                  ZoneId zone) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        AccidentGrading grading = null;
        if (report.occurredAt() == null) {
            problems.add(new RuleViolation.Problem("occurredAt", "accident.occurredAt.required"));
        } else if (report.occurredAt().isAfter(now)) {
            problems.add(new RuleViolation.Problem("occurredAt", "accident.occurredAt.future"));
        } else {
            grading = gradingOn.apply(report.occurredAt().atZone(zone).toLocalDate()).orElse(null);
            if (grading == null) {
                problems.add(new RuleViolation.Problem("occurredAt", "accident.occurredAt.beforeRules"));
            }
        }
        String place = Text.requiredLine(problems, "place", report.place(), PLACE_MAX, "accident.place.required");
        AccidentCategory category = null;
        if (report.category() == null || report.category().isBlank()) {
            problems.add(new RuleViolation.Problem("category", "accident.category.required"));
        } else {
            category = AccidentCategory.parse(report.category()).orElse(null);
            if (category == null) {
                problems.add(new RuleViolation.Problem("category", "accident.category.unknown"));
            }
        }
        count(problems, "deaths", report.deaths());
        count(problems, "seriousInjuries", report.seriousInjuries());
        BigDecimal loss = report.directLossTenThousandYuan();
        if (loss == null) {
            problems.add(new RuleViolation.Problem("directLossTenThousandYuan", "accident.directLoss.required"));
        } else if (loss.signum() < 0) {
            problems.add(new RuleViolation.Problem("directLossTenThousandYuan", "accident.directLoss.negative"));
        } else if (loss.compareTo(LOSS_MAX) > 0 || loss.stripTrailingZeros().scale() > 4) {
            problems.add(new RuleViolation.Problem("directLossTenThousandYuan", "accident.directLoss.invalid"));
        }
        String summary = Text.optional(problems, "summary", report.summary(), SUMMARY_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        AccidentGrading.Result graded = grading.grade(report.deaths(), report.seriousInjuries(), loss);
        Accident a = new Accident();
        a.enterpriseId = enterprise.getId();
        a.departmentId = departmentId;
        a.occurredAt = report.occurredAt();
        a.place = place;
        a.category = category;
        a.deaths = report.deaths();
        a.seriousInjuries = report.seriousInjuries();
        a.directLossTenThousandYuan = loss;
        a.summary = summary;
        a.grade = graded.grade();
        a.investigatingLevel = graded.investigatingLevel();
        a.supervisingLevel = graded.supervisingLevel();
        a.ruleSet = graded.ruleSet();
        a.gradeBasis = graded.decidedBy() == null ? null : graded.decidedBy().key();
        a.recordedBy = by;
        a.recordedAt = now;
        return a;
    }

    private static void count(List<RuleViolation.Problem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new RuleViolation.Problem(field, "accident.count.required"));
        } else if (value < 0) {
            problems.add(new RuleViolation.Problem(field, "accident.count.negative"));
        } else if (value > COUNT_MAX) {
            problems.add(new RuleViolation.Problem(field, "accident.count.tooLarge", COUNT_MAX));
        }
    }

    /** At least one death: what the plan's 亡人事故 trigger counts. */
    public boolean isFatal() {
        return deaths > 0;
    }

    public AccidentSnapshot snapshot() {
        return new AccidentSnapshot(id, enterpriseId, departmentId, occurredAt, place, category, deaths,
                seriousInjuries, directLossTenThousandYuan, summary, grade, investigatingLevel, supervisingLevel,
                ruleSet);
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

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public AccidentCategory getCategory() {
        return category;
    }

    public int getDeaths() {
        return deaths;
    }

    public int getSeriousInjuries() {
        return seriousInjuries;
    }

    public BigDecimal getDirectLossTenThousandYuan() {
        return directLossTenThousandYuan;
    }

    public String getSummary() {
        return summary;
    }

    public AccidentGrade getGrade() {
        return grade;
    }

    public GovernmentLevel getInvestigatingLevel() {
        return investigatingLevel;
    }

    public GovernmentLevel getSupervisingLevel() {
        return supervisingLevel;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    /** The threshold key that decided the grade (e.g. {@code accident-grade.larger.deaths}); null for 一般. */
    public String getGradeBasis() {
        return gradeBasis;
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
