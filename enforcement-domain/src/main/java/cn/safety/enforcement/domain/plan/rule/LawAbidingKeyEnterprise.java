package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;

import java.util.Optional;

/**
 * 002§(二): 对于安全生产标准化一级企业或三年以上未发生事故等守法守信的重点检查企业，可纳入执法抽查. A key enterprise may
 * move to the spot-check pool when it is 标准化一级 or has had no accident for
 * {@value PlanParameters#ACCIDENT_FREE_YEARS} years, and no dynamic trigger applies to it (an enterprise that must be
 * inspected more often cannot at the same time be left to chance).
 */
public final class LawAbidingKeyEnterprise {

    private LawAbidingKeyEnterprise() {
    }

    /** Empty when the move is allowed, otherwise the message code of the refusal. */
    public static Optional<String> refusal(EnterpriseFacts f, PlanRules.Assessment assessment, PlanParameters p) {
        if (assessment.dynamicTrigger()) {
            return Optional.of("plan.move.dynamicTrigger");
        }
        boolean level1 = f.standardizationGrade() == StandardizationGrade.LEVEL_1;
        boolean accidentFree = f.lastAccidentOn() == null || p.today().minusYears(p.accidentFreeYears().asInt())
                .isAfter(f.lastAccidentOn());
        if (!level1 && !accidentFree) {
            return Optional.of("plan.move.notLawAbiding");
        }
        return Optional.empty();
    }
}
