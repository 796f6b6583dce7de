package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.accident.Accident;
import cn.safety.enforcement.domain.accident.ReadingAccidents;
import cn.safety.enforcement.domain.accident.RecordingAccident;
import cn.safety.enforcement.domain.accident.RecordingDutyFinding;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode, after {@link JurisdictionDemoData}: in 正定县 a fatal accident in 2024 at an operating high-risk
 * enterprise, of risk grade 红 or 橙 where there is one (the lowest credit code among them), and a duty finding on the
 * main responsible person at another operating enterprise that is not high-risk (the lowest credit code among those):
 * the facts the annual plan's dynamic triggers are shown with. Topped up in demo databases loaded before: nothing is
 * added when 正定县 already holds the demo accident (by its place) or the demo finding (by its text).
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class AccidentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccidentDemoData.class);
    static final String PLACE = "二号车间冲压生产线";
    static final String FINDING = "主要负责人未组织制定并实施本单位安全生产教育和培训计划，对重大事故隐患排查治理不闻不问（安全“红线”意识不牢、责任不落实）";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Departments departments;
    private final ReadingEnterprises enterprises;
    private final ReadingAccidents reading;
    private final RecordingAccident accidents;
    private final RecordingDutyFinding findings;

    AccidentDemoData(Departments departments, ReadingEnterprises enterprises, ReadingAccidents reading,
                     RecordingAccident accidents, RecordingDutyFinding findings) {
        this.departments = departments;
        this.enterprises = enterprises;
        this.reading = reading;
        this.accidents = accidents;
        this.findings = findings;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Department> zhengding = departments.findByDivisionCodes(List.of(JurisdictionDemoData.ZHENGDING))
                .stream().filter(d -> !d.isEntrustedOrganisation()).min(Comparator.comparing(Department::getId));
        if (zhengding.isEmpty()) {
            return;
        }
        Department county = zhengding.get();
        Actor system = new Actor(0, "system", county.getId(), county.getLevel(), county.getLocation(),
                Set.of(Role.INSPECTOR));
        List<Enterprise> own = enterprises.list(system, new EnterpriseFilter(null, null, null, null, county.getId()),
                null, ReadingEnterprises.MAX_PAGE).items().stream()
                .sorted(Comparator.comparing(Enterprise::getCreditCode)).toList();
        if (own.isEmpty()) {
            return;
        }
        try {
            if (own.stream().noneMatch(e -> hasDemoAccident(system, e))) {
                own.stream().min(Comparator.comparingInt(AccidentDemoData::preferenceForTheAccident))
                        .ifPresent(e -> {
                            accidents.record(system, e.getId(), new Accident.Report(
                                    LocalDateTime.of(2024, 9, 12, 10, 40).atZone(BEIJING).toInstant(), PLACE, "机械伤害",
                                    1, 0, new BigDecimal("186.5"),
                                    "冲压工在未停机、未挂牌上锁的情况下进入模具区清理废料，被滑块挤压，经抢救无效死亡。"));
                            log.info("Demo accident recorded at {} ({})", e.getName(), e.getCreditCode());
                        });
            }
            if (own.stream().noneMatch(e -> hasDemoFinding(system, e))) {
                own.stream().filter(e -> !e.isKeyInspection() && e.getStatus() == OperatingStatus.OPERATING)
                        .filter(e -> !hasDemoAccident(system, e))
                        .findFirst().ifPresent(e -> {
                            findings.record(system, e.getId(), FINDING, LocalDate.of(2026, 3, 18));
                            log.info("Demo duty finding recorded at {} ({})", e.getName(), e.getCreditCode());
                        });
            }
        } catch (RuntimeException e) {
            // another node loading at the same moment, or a database that refuses: the demo is not essential
            log.warn("Demo accident data not loaded: {}", e.getMessage());
        }
    }

    /**
     * Lowest first, among operating enterprises (so that the accident is the only trigger the plan finds): a
     * high-risk enterprise of grade 红 or 橙 (a key enterprise anyway, whose plan shows the extra inspection), then any
     * high-risk one, then any other.
     */
    private static int preferenceForTheAccident(Enterprise e) {
        if (e.getStatus() != OperatingStatus.OPERATING) {
            return 3;
        }
        boolean redOrOrange = e.getRiskGrade() == RiskGrade.RED || e.getRiskGrade() == RiskGrade.ORANGE;
        return e.isKeyInspection() ? (redOrOrange ? 0 : 1) : 2;
    }

    private boolean hasDemoAccident(Actor system, Enterprise e) {
        return reading.ofEnterprise(system, e.getId()).stream().anyMatch(a -> PLACE.equals(a.getPlace()));
    }

    private boolean hasDemoFinding(Actor system, Enterprise e) {
        return reading.dutyFindingsOf(system, e.getId()).stream().anyMatch(d -> FINDING.equals(d.getFinding()));
    }
}
