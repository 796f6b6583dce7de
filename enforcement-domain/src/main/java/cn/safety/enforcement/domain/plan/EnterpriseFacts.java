package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the plan rules read of one enterprise, gathered for a whole department in a few set-based queries: its profile,
 * the day of its latest fatal accident and of its latest accident of any kind, and the day of the latest duty finding
 * on its main responsible person, and the earliest deadline of its open major hazards whose deadline passed unrectified
 * (重大事故隐患逾期未整改; null when there is none).
 */
public record EnterpriseFacts(long enterpriseId, String creditCode, String name, Sector sector, Set<Feature> features,
                              RiskGrade riskGrade, OperatingStatus status, StandardizationGrade standardizationGrade,
                              LocalDate lastFatalAccidentOn, LocalDate lastAccidentOn, LocalDate lastDutyFindingOn,
                              LocalDate overdueMajorHazardDueOn) {

    public EnterpriseFacts {
        features = features == null ? Set.of() : Set.copyOf(features);
    }

    /** The facts of an enterprise without an overdue major hazard. */
    public EnterpriseFacts(long enterpriseId, String creditCode, String name, Sector sector, Set<Feature> features,
                           RiskGrade riskGrade, OperatingStatus status, StandardizationGrade standardizationGrade,
                           LocalDate lastFatalAccidentOn, LocalDate lastAccidentOn, LocalDate lastDutyFindingOn) {
        this(enterpriseId, creditCode, name, sector, features, riskGrade, status, standardizationGrade,
                lastFatalAccidentOn, lastAccidentOn, lastDutyFindingOn, null);
    }
}
