package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItem;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Inspections of a 正定县 enterprise, planned or not, with two inspectors. */
final class InspectionFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final RuleValue HOURS = new RuleValue("inspection.urgent-approval-hours", BigDecimal.valueOf(24),
            LocalDate.of(2024, 12, 30), "国办发〔2024〕54号");
    static final List<InspectorOnDuty> TWO = List.of(
            new InspectorOnDuty("zd-inspector", "李执法", "冀执1", LocalDate.of(2029, 12, 31)),
            new InspectorOnDuty("zd-inspector2", "周执法", "冀执2", LocalDate.of(2029, 12, 31)));

    final Fixture f = new Fixture();
    final Enterprise enterprise;

    InspectionFixture() {
        String code = "91130123MA0000001";
        EnterpriseProfile p = new EnterpriseProfile("某化工公司", "某地址", Sector.HAZARDOUS_CHEMICALS, 50, null, null,
                null, true, 1, 0, null, RiskGrade.RED, 0, null);
        enterprise = Reflect.withId(Enterprise.register(new CreditCode(code + CreditCode.checkCharacter(code)), p,
                f.zhengding, f.zhengdingDept, "zd-inspector", NOW), 77L);
    }

    PlanItem item(PlanItemKind kind) {
        Plan plan = Reflect.withId(Plan.drawUp(f.zhengdingDept, 2026, Optional.empty(), NOW), 10L);
        PlanItem item = PlanItem.add(plan, 77, PlanItemKind.SUPERVISION, "测试");
        Reflect.set(item, "kind", kind);
        return Reflect.withId(item, 20L);
    }

    Inspection.Opening planned(PlanItemKind itemKind, InspectionKind kind) {
        return new Inspection.Opening(3, enterprise, item(itemKind), kind, null, false, itemKind == PlanItemKind.KEY,
                NOW.minusSeconds(600), TWO, List.of(), List.of(), Optional.of(HOURS), "zd-inspector", NOW, ZONE);
    }

    Inspection.Opening unplanned(InspectionKind kind, InspectionTrigger trigger, boolean danger, Instant startedAt) {
        return new Inspection.Opening(3, enterprise, null, kind, trigger, danger, false, startedAt, TWO, List.of(),
                List.of(new InspectionChecklists.ChecklistInForce(5, "HC-121", 1, "化工判定标准",
                        List.of(new InspectionChecklists.Item(51, 1, "第（一）项", "主要负责人考核", "依据一", true),
                                new InspectionChecklists.Item(52, 2, "第（二）项", "特种作业持证", "依据二", false)))),
                Optional.of(HOURS), "zd-inspector", NOW, ZONE);
    }

    Inspection inProgress(InspectionKind kind) {
        return Reflect.withId(Inspection.start(unplanned(kind, InspectionTrigger.ACCIDENT, false,
                NOW.minusSeconds(3600))), 100L);
    }
}
