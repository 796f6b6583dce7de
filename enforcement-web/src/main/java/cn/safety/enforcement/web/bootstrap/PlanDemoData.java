package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.accident.Accident;
import cn.safety.enforcement.domain.accident.RecordingAccident;
import cn.safety.enforcement.domain.accident.RecordingDutyFinding;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.plan.ApprovingPlan;
import cn.safety.enforcement.domain.plan.ChangingPlanItem;
import cn.safety.enforcement.domain.plan.DrawingUpPlan;
import cn.safety.enforcement.domain.plan.GeneratingPlan;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.Plans;
import cn.safety.enforcement.domain.plan.ReadingPlans;
import cn.safety.enforcement.domain.plan.SubmittingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo mode, after the other demo data: 正定县应急管理局's annual plans. Enterprises that meet each rule are registered
 * (a red mine at 安全生产标准化一级, an orange chemicals plant, a foundry under 停产整顿, a building-materials plant with
 * a fatal accident in 2024, a machinery plant with a duty finding on its main responsible person in 2026); the 2026 plan
 * is generated,
 * submitted and approved by 正定县人民政府; the 2027 plan is a generated draft in which the law-abiding mine has been
 * moved to the spot-check pool with its reason. Nothing is loaded when 正定县 has a plan for 2026 already.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class PlanDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    static final String ZHENGDING = "130123";
    static final String MINE = "正定县示范矿业有限公司";
    /** The orange chemicals plant (serial 9102), whose enterprise account is the demo's {@code zd-ent}. */
    static final String CHEMICALS_CREDIT_CODE = SyntheticEnterprises.creditCode(ZHENGDING, 9102);

    private final Departments departments;
    private final Plans plans;
    private final RegisteringEnterprise registering;
    private final DrawingUpPlan drawingUp;
    private final GeneratingPlan generating;
    private final SubmittingPlan submitting;
    private final ApprovingPlan approving;
    private final ChangingPlanItem changing;
    private final ReadingPlans reading;
    private final RecordingAccident accidents;
    private final RecordingDutyFinding dutyFindings;

    PlanDemoData(Departments departments, Plans plans, RegisteringEnterprise registering, DrawingUpPlan drawingUp,
                 GeneratingPlan generating, SubmittingPlan submitting, ApprovingPlan approving,
                 ChangingPlanItem changing, ReadingPlans reading, RecordingAccident accidents,
                 RecordingDutyFinding dutyFindings) {
        this.departments = departments;
        this.plans = plans;
        this.registering = registering;
        this.drawingUp = drawingUp;
        this.generating = generating;
        this.submitting = submitting;
        this.approving = approving;
        this.changing = changing;
        this.reading = reading;
        this.accidents = accidents;
        this.dutyFindings = dutyFindings;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Department> found = departments.findByDivisionCodes(List.of(ZHENGDING)).stream()
                .filter(d -> !d.isEntrustedOrganisation()).toList();
        if (found.isEmpty() || plans.current(found.get(0).getId(), 2026).isPresent()) {
            return;
        }
        Department county = found.get(0);
        Actor chief = new Actor(0, "system", county.getId(), county.getLevel(), county.getLocation(),
                Set.of(Role.SUPERVISOR, Role.INSPECTOR));
        try {
            load(chief);
            log.info("Demo plans of 正定县 loaded: 2026 approved, 2027 draft");
        } catch (RuntimeException e) {
            if (plans.current(county.getId(), 2026).isPresent()) {
                log.info("Demo plans were loaded by another node");
            } else {
                throw e;
            }
        }
    }

    private void load(Actor chief) {
        Enterprise mine = enterprise(chief, 9101, MINE, Sector.MINING, RiskGrade.RED, StandardizationGrade.LEVEL_1,
                OperatingStatus.OPERATING);
        enterprise(chief, 9102, "正定县恒安化工有限公司", Sector.HAZARDOUS_CHEMICALS, RiskGrade.ORANGE,
                StandardizationGrade.LEVEL_2, OperatingStatus.OPERATING);
        enterprise(chief, 9103, "正定县顺达铸造有限公司", Sector.METALLURGY, RiskGrade.YELLOW, StandardizationGrade.NONE,
                OperatingStatus.SUSPENDED);
        Enterprise fatal = enterprise(chief, 9104, "正定县鑫源建材有限公司", Sector.INDUSTRY_TRADE, RiskGrade.YELLOW,
                StandardizationGrade.LEVEL_3, OperatingStatus.OPERATING);
        accidents.record(chief, fatal.getId(), new Accident.Report(Instant.parse("2024-06-18T02:30:00Z"),
                "正定县鑫源建材有限公司粉磨车间", "机械伤害", 1, 0, new BigDecimal("126.5"),
                "检修皮带输送机时未停机挂牌，一名作业人员被卷入死亡。"));
        Enterprise duty = enterprise(chief, 9105, "正定县宏达机械有限公司", Sector.INDUSTRY_TRADE, RiskGrade.BLUE,
                StandardizationGrade.NONE, OperatingStatus.OPERATING);
        dutyFindings.record(chief, duty.getId(),
                "主要负责人未按规定组织开展重大事故隐患排查治理，安全“红线”意识不牢、责任不落实。", LocalDate.of(2026, 9, 10));

        Plan approved = drawingUp.drawUp(chief, 2026);
        generating.generate(chief, approved.getId());
        submitting.submit(chief, approved.getId());
        approving.approve(chief, approved.getId(), "正定县人民政府", "正政函〔2026〕3号", LocalDate.of(2026, 1, 20));

        Plan draft = drawingUp.drawUp(chief, 2027);
        generating.generate(chief, draft.getId());
        PlanItemRow mineItem = keyItemOf(chief, draft, mine.getId());
        changing.change(chief, draft.getId(), mineItem.id(), new ChangingPlanItem.Change(3, true,
                "安全生产标准化一级企业，近三年未发生事故，守法守信，纳入“双随机、一公开”执法抽查", mineItem.version()));
    }

    private PlanItemRow keyItemOf(Actor chief, Plan plan, long enterpriseId) {
        Long after = null;
        while (true) {
            List<PlanItemRow> page = reading.items(chief, plan.getId(), PlanItemKind.KEY, after, 500);
            for (PlanItemRow row : page) {
                if (row.enterpriseId() == enterpriseId) {
                    return row;
                }
            }
            if (page.size() < 500) {
                throw new IllegalStateException("demo enterprise " + enterpriseId + " is not on the key list");
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private Enterprise enterprise(Actor chief, long serial, String name, Sector sector, RiskGrade risk,
                                  StandardizationGrade grade, OperatingStatus status) {
        EnterpriseProfile profile = new EnterpriseProfile(name, "河北省石家庄市正定县演示路" + (serial - 9000) + "号",
                sector, 120, Scale.MEDIUM, "王建国", "王建国", true, 2, 0, grade, risk, 0, status);
        return registering.register(chief, SyntheticEnterprises.creditCode(ZHENGDING, serial), ZHENGDING, profile);
    }
}
