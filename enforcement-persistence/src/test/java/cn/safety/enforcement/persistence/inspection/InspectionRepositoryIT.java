package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.inspection.Attendee;
import cn.safety.enforcement.domain.inspection.AttendeeRole;
import cn.safety.enforcement.domain.inspection.Expert;
import cn.safety.enforcement.domain.inspection.ExpertOnDuty;
import cn.safety.enforcement.domain.inspection.Experts;
import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionChecklists;
import cn.safety.enforcement.domain.inspection.InspectionKind;
import cn.safety.enforcement.domain.inspection.InspectionStage;
import cn.safety.enforcement.domain.inspection.InspectionStatus;
import cn.safety.enforcement.domain.inspection.InspectionTrigger;
import cn.safety.enforcement.domain.inspection.Inspections;
import cn.safety.enforcement.domain.inspection.InspectorOnDuty;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.rule.RuleParameters;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.RecordingStatementInspector;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionRepositoryIT extends PersistenceIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Inspections inspections;

    @Autowired
    Experts experts;

    @Autowired
    RuleParameters rules;

    @Autowired
    DepartmentService departmentService;

    @Autowired
    RegisteringEnterprise registering;

    @Autowired
    TransactionTemplate tx;

    TestData data;

    @BeforeEach
    void setUp() {
        data = new TestData(departmentService, registering);
    }

    private Inspection unplanned(Department d, Enterprise e, Instant startedAt, Expert expert) {
        Instant now = Instant.now();
        return Inspection.start(new Inspection.Opening(d.getId(), e, null, InspectionKind.SPECIAL,
                InspectionTrigger.ACCIDENT, false, true, startedAt,
                List.of(new InspectorOnDuty("a-" + TestData.unique(), "甲", "C1", LocalDate.of(2030, 1, 1)),
                        new InspectorOnDuty("b-" + TestData.unique(), "乙", "C2", LocalDate.of(2030, 1, 1))),
                expert == null ? List.of() : List.of(new ExpertOnDuty(expert)),
                List.<InspectionChecklists.ChecklistInForce>of(),
                rules.valueAt("inspection.urgent-approval-hours", e.getLocation().provinceCode(),
                        LocalDate.now(ZONE)), "tester", now, ZONE));
    }

    private Inspection refused(Inspection i) {
        i.refuse("测试", "tester", Instant.now());
        return inspections.save(i);
    }

    @Test
    void an_inspection_keeps_its_inspectors_experts_stages_results_and_transfers() {
        Department d = data.department("正定", "130123");
        Enterprise e = data.enterprise(d, "检查测试企业" + TestData.unique());
        Expert expert = experts.save(Expert.add(d.getId(), "王专家", "危化工艺", "省安科院", "tester", Instant.now()));
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        Long id = tx.execute(s -> {
            Inspection i = inspections.save(unplanned(d, e, started, expert));
            i.recordStage(InspectionStage.NOTICE, started, "告知", List.of(new Attendee(AttendeeRole.MAIN_RESPONSIBLE,
                    "张三")), "tester", Instant.now());
            i.transfer("市场监管局", "特种设备检验过期", "tester", Instant.now());
            return i.getId();
        });
        tx.executeWithoutResult(s -> {
            Inspection i = inspections.findById(id).orElseThrow();
            assertThat(i.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
            assertThat(i.isUrgent()).isTrue();
            assertThat(i.getApprovalDueAt()).isEqualTo(started.plus(24, ChronoUnit.HOURS));
            assertThat(i.getInspectors()).extracting(InspectorOnDuty::getFullName).containsExactly("甲", "乙");
            assertThat(i.getExperts()).extracting(ExpertOnDuty::getName).containsExactly("王专家");
            assertThat(i.stage(InspectionStage.NOTICE).orElseThrow().present())
                    .containsExactly(new Attendee(AttendeeRole.MAIN_RESPONSIBLE, "张三"));
            assertThat(i.getResults()).isEmpty();
            assertThat(i.getTransfers()).singleElement().satisfies(t ->
                    assertThat(t.getToDepartment()).isEqualTo("市场监管局"));
            assertThat(i.getVersion()).isPositive();
        });
    }

    @Test
    void the_list_is_newest_first_in_keyset_pages_within_the_scope_and_counts_every_department() {
        Department d = data.department("正定", "130123");
        Department other = data.department("藁城", "130109");
        Enterprise e = data.enterprise(d, "列表测试企业" + TestData.unique());
        Instant base = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        // one open inspection per department and enterprise: the earlier ones are refused before the next starts
        Inspection first = tx.execute(s -> refused(inspections.add(unplanned(d, e, base, null))));
        Inspection second = tx.execute(s -> refused(inspections.add(unplanned(d, e, base.plus(1, ChronoUnit.HOURS),
                null))));
        Inspection third = tx.execute(s -> inspections.add(unplanned(d, e, base.plus(1, ChronoUnit.HOURS), null)));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> tx.execute(s -> inspections.add(
                unplanned(d, e, base, null))))).isInstanceOf(cn.safety.enforcement.domain.Conflict.class);
        Scope scope = new Scope(Set.of(d.getId()));
        Inspections.InspectionFilter filter = new Inspections.InspectionFilter(e.getId(), null, null);
        List<Inspection> page1 = inspections.page(scope, filter, null, 2);
        assertThat(page1).extracting(Inspection::getId).containsExactly(third.getId(), second.getId());
        List<Inspection> page2 = new java.util.ArrayList<>();
        List<String> statements = RecordingStatementInspector.record(
                () -> page2.addAll(inspections.page(scope, filter, second.getId(), 2)));
        assertThat(page2).extracting(Inspection::getId).containsExactly(first.getId());
        // the cursor as a row comparison, which an index range starts from (an OR of two conditions only filters)
        assertThat(statements).filteredOn(sql -> sql.contains("order by"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .containsPattern("\\(\\w+\\.started_at, ?\\w+\\.id\\) ?< ?\\(\\?, ?\\?\\)");
        assertThat(inspections.page(new Scope(Set.of(other.getId(), d.getId())), filter, third.getId(), 10))
                .extracting(Inspection::getId).containsExactly(second.getId(), first.getId());
        assertThat(inspections.page(new Scope(Set.of(other.getId())), new Inspections.InspectionFilter(null, null,
                null), null, 10)).isEmpty();
        assertThat(inspections.page(new Scope(Set.of(other.getId())), filter, null, 10)).isEmpty();
        assertThat(inspections.page(scope, new Inspections.InspectionFilter(e.getId(), base.plus(30,
                ChronoUnit.MINUTES), null), null, 10)).extracting(Inspection::getId)
                .containsExactly(third.getId(), second.getId());
        assertThat(inspections.page(scope, new Inspections.InspectionFilter(null, base, base.plus(30,
                ChronoUnit.MINUTES)), null, 10)).extracting(Inspection::getId).containsExactly(first.getId());
        // refused inspections do not count for the repeat alert
        assertThat(inspections.countOfEnterprise(e.getId(), base, base.plus(1, ChronoUnit.DAYS))).isEqualTo(1);
        assertThat(inspections.awaitingApproval(scope, 10)).extracting(Inspection::getId)
                .contains(third.getId()).doesNotContain(first.getId(), second.getId());
        assertThat(inspections.openOf(d.getId(), e.getId())).map(Inspection::getId).contains(third.getId());
    }
}
