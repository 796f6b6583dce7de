package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;

import java.util.Map;
import java.util.Optional;

/**
 * 002§(二): 矿山、危险化学品、烟花爆竹、金属冶炼、涉爆粉尘等重点行业领域安全风险等级较高的企业 are key enterprises with
 * at least one 全覆盖 inspection a year. "较高" is read as risk grade 红 (重大) or 橙 (较大) (004§20). The sectors and
 * features are those marked {@link Sector#keyInspection()} and {@link Feature#keyInspection()}.
 */
public final class HighRiskSectorWithHighRisk implements PlanRule {

    public static final String CODE = "HIGH_RISK_SECTOR";

    private static final Map<Sector, String> SECTORS = Map.of(Sector.MINING, "矿山",
            Sector.HAZARDOUS_CHEMICALS, "危险化学品", Sector.FIREWORKS, "烟花爆竹", Sector.METALLURGY, "金属冶炼");
    private static final Map<RiskGrade, String> GRADES = Map.of(RiskGrade.RED, "红（重大风险）",
            RiskGrade.ORANGE, "橙（较大风险）");

    @Override
    public boolean dynamic() {
        return false;
    }

    @Override
    public Optional<Reason> reasonFor(EnterpriseFacts f, PlanParameters parameters) {
        if (f.riskGrade() != RiskGrade.RED && f.riskGrade() != RiskGrade.ORANGE) {
            return Optional.empty();
        }
        String field = f.sector() != null && f.sector().keyInspection() ? SECTORS.get(f.sector())
                : f.features().stream().anyMatch(Feature::keyInspection) ? "涉爆粉尘" : null;
        if (field == null) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "重点行业领域（" + field + "），安全风险等级" + GRADES.get(f.riskGrade())
                + "：每年至少一次全覆盖检查"));
    }
}
