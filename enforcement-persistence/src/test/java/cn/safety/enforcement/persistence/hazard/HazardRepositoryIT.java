package cn.safety.enforcement.persistence.hazard;

import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardSource;
import cn.safety.enforcement.domain.hazard.HazardStatus;
import cn.safety.enforcement.domain.hazard.Hazards;
import cn.safety.enforcement.domain.hazard.Hazards.HazardFilter;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.rule.RuleParameters;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HazardRepositoryIT extends PersistenceIT {

    @Autowired
    Hazards hazards;

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

    private Hazard found(Department d, Enterprise e, HazardGrade grade) {
        return hazards.add(Hazard.find(new Hazard.Finding(d.getId(), e, null, null, HazardSource.COMPLAINT, grade,
                "配电箱未接地", "二号车间", "GB 50054", "内部备注", "tester", Instant.now())));
    }

    private Hazard ordered(Department d, Enterprise e, HazardGrade grade, LocalDate due) {
        return tx.execute(s -> {
            Hazard h = found(d, e, grade);
            Hazard.Order order = h.prepareOrder("限期整改", new Deadline(LocalDate.now(), 0, PeriodUnit.CALENDAR_DAYS,
                    due, false), "测试", LocalDate.now());
            h.order(order, 1L, "测-1", "tester", Instant.now());
            return hazards.save(h);
        });
    }

    @Test
    void a_hazard_keeps_its_order_plan_extension_and_the_rule_data_of_its_recheck_is_seeded() {
        Department d = data.department("正定", "130123");
        Enterprise e = data.enterprise(d, "隐患测试企业" + TestData.unique());
        LocalDate due = LocalDate.now().plusDays(20);
        Hazard h = ordered(d, e, HazardGrade.MAJOR, due);
        tx.executeWithoutResult(s -> {
            Hazard x = hazards.findById(h.getId()).orElseThrow();
            x.plan(new Hazard.Plan("消除接地隐患", "张三", new BigDecimal("12000.50"), "更换配电箱",
                    due.minusDays(1)), "tester", Instant.now());
            x.applyForExtension("设备到货延迟", due.plusDays(10), LocalDate.now(), "tester", Instant.now());
        });
        tx.executeWithoutResult(s -> {
            Hazard x = hazards.findById(h.getId()).orElseThrow();
            assertThat(x.getStatus()).isEqualTo(HazardStatus.RECTIFYING);
            assertThat(x.getDueOn()).isEqualTo(due);
            assertThat(x.getPlanFunds()).isEqualByComparingTo("12000.50");
            assertThat(x.pendingExtension()).hasValueSatisfying(p ->
                    assertThat(p.getRequestedOn()).isEqualTo(due.plusDays(10)));
            assertThat(x.getInternalNote()).isEqualTo("内部备注");
            assertThat(x.getVersion()).isPositive();
        });
        assertThat(rules.valueAt("hazard.recheck-calendar-days.major", "130000", LocalDate.now()))
                .hasValueSatisfying(v -> assertThat(v.asInt()).isEqualTo(10));
        assertThat(rules.valueAt("hazard.recheck-calendar-days.general", "130000", LocalDate.now())).isPresent();
    }

    @Test
    void the_list_is_newest_first_in_keyset_pages_within_the_scope_and_each_filter_narrows_it() {
        Department d = data.department("正定", "130123");
        Department other = data.department("藁城", "130109");
        Enterprise e = data.enterprise(d, "隐患列表企业" + TestData.unique());
        Enterprise e2 = data.enterprise(d, "隐患列表企业" + TestData.unique());
        Hazard first = tx.execute(s -> found(d, e, HazardGrade.GENERAL));
        Hazard second = ordered(d, e, HazardGrade.MAJOR, LocalDate.now().plusDays(5));
        Hazard third = ordered(d, e, HazardGrade.GENERAL, LocalDate.now().plusDays(30));
        Hazard ofOther = tx.execute(s -> found(d, e2, HazardGrade.MAJOR));
        Scope scope = new Scope(Set.of(d.getId()));
        HazardFilter ofE = new HazardFilter(null, null, null, e.getId(), null, null, null);

        List<Hazard> page1 = hazards.page(scope, ofE, null, 2);
        assertThat(page1).extracting(Hazard::getId).containsExactly(third.getId(), second.getId());
        assertThat(hazards.page(scope, ofE, second.getId(), 2)).extracting(Hazard::getId)
                .containsExactly(first.getId());
        assertThat(hazards.page(new Scope(Set.of(other.getId())), ofE, null, 10)).isEmpty();
        assertThat(hazards.page(Scope.nothing(), ofE, null, 10)).isEmpty();

        assertThat(hazards.page(scope, new HazardFilter(HazardStatus.ORDERED, null, null, e.getId(), null, null,
                null), null, 10)).extracting(Hazard::getId).containsExactly(third.getId(), second.getId());
        assertThat(hazards.page(scope, new HazardFilter(null, HazardGrade.MAJOR, null, e.getId(), null, null,
                null), null, 10)).extracting(Hazard::getId).containsExactly(second.getId());
        assertThat(hazards.page(scope, new HazardFilter(null, null, false, e.getId(), null, null, null), null, 10))
                .hasSize(3);
        assertThat(hazards.page(scope, new HazardFilter(null, null, true, e.getId(), null, null, null), null, 10))
                .isEmpty();
        assertThat(hazards.page(scope, new HazardFilter(null, null, null, e.getId(), null, LocalDate.now(),
                LocalDate.now().plusDays(10)), null, 10)).extracting(Hazard::getId).containsExactly(second.getId());
        assertThat(hazards.page(scope, new HazardFilter(null, null, null, e.getId(), other.getId(), null, null),
                null, 10)).isEmpty();
        assertThat(hazards.page(scope, new HazardFilter(null, null, null, null, d.getId(), null, null), null, 10))
                .extracting(Hazard::getId).contains(ofOther.getId(), third.getId());

        assertThat(hazards.pageOfEnterprise(e2.getId(), HazardFilter.none(), null, 10)).extracting(Hazard::getId)
                .containsExactly(ofOther.getId());
        assertThat(hazards.enterpriseNames(List.of(e.getId()))).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo(e.getName()));
    }
}
