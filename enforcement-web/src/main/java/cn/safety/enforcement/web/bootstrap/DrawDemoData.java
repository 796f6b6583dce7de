package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.draw.Draw;
import cn.safety.enforcement.domain.draw.Draws;
import cn.safety.enforcement.domain.draw.RecordingRecusals;
import cn.safety.enforcement.domain.draw.RunningDraws;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.Plans;
import cn.safety.enforcement.domain.plan.SpotCheckCandidate;
import cn.safety.enforcement.domain.plan.SpotCheckPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode, after the demo plans: one published 双随机 draw of 正定县's approved 2026 plan. 王建军 (zd-inspector3) has a
 * recusal for the first enterprise of the spot-check pool; the draw is frozen over the plan's spot-check pool at a ratio of 0.3 and seeded.
 * The seed is a demo text, and the draw says so in its seed source: a real draw names a future public result (e.g. the
 * 双色球 issue) and takes that result as its seed. Nothing is loaded when the 2026 plan already has a draw.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class DrawDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DrawDemoData.class);
    static final String SEED_SOURCE = "演示数据：随机种子为演示文本，不是真实的开奖结果（正式抽取应写明将来某一期双色球等公开结果）";
    static final String SEED = "演示种子 正定县 2026 年度 双随机抽查";

    private final Departments departments;
    private final Plans plans;
    private final Draws draws;
    private final UserAccounts users;
    private final SpotCheckPool pool;
    private final RecordingRecusals recusals;
    private final RunningDraws running;

    DrawDemoData(Departments departments, Plans plans, Draws draws, UserAccounts users, SpotCheckPool pool,
                 RecordingRecusals recusals, RunningDraws running) {
        this.departments = departments;
        this.plans = plans;
        this.draws = draws;
        this.users = users;
        this.pool = pool;
        this.recusals = recusals;
        this.running = running;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Department> county = departments.findByDivisionCodes(List.of(PlanDemoData.ZHENGDING)).stream()
                .filter(d -> !d.isEntrustedOrganisation()).findFirst();
        if (county.isEmpty()) {
            return;
        }
        Optional<Plan> plan = plans.current(county.get().getId(), 2026);
        if (plan.isEmpty() || !draws.published(PlanDemoData.ZHENGDING, 2026, null, 1).isEmpty()) {
            return;
        }
        Department d = county.get();
        Actor chief = new Actor(0, "system", d.getId(), d.getLevel(), d.getLocation(), Set.of(Role.SUPERVISOR));
        try {
            Optional<UserAccount> inspector = users.findByUsername("zd-inspector3");
            List<SpotCheckCandidate> candidates = pool.poolOf(plan.get().getId(), chief);
            if (inspector.isPresent() && !candidates.isEmpty()
                    && inspector.get().getDepartmentId().equals(d.getId())) {
                recusals.declare(chief, inspector.get().getId(), candidates.get(0).enterpriseId(),
                        "演示：其配偶在该企业任安全管理人员");
            }
            Draw draw = running.freeze(chief, plan.get().getId(), new BigDecimal("0.3"), SEED_SOURCE);
            running.seed(chief, draw.getId(), SEED);
            log.info("Demo draw of 正定县 published: /public/draws/{}", draw.getId());
        } catch (RuntimeException e) {
            if (!draws.published(PlanDemoData.ZHENGDING, 2026, null, 1).isEmpty()) {
                log.info("The demo draw was loaded by another node");
            } else {
                throw e;
            }
        }
    }
}
