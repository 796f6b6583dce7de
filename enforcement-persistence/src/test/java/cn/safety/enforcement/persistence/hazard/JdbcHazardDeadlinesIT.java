package cn.safety.enforcement.persistence.hazard;

import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardDeadlines;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardSource;
import cn.safety.enforcement.domain.hazard.Hazards;
import cn.safety.enforcement.domain.hazard.SupervisedHazards;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.notification.NotificationKind;
import cn.safety.enforcement.domain.notification.Notifications;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The overdue job's statements, the 挂牌督办 queue and the notifications against the real schema. */
class JdbcHazardDeadlinesIT extends PersistenceIT {

    @Autowired
    Hazards hazards;

    @Autowired
    HazardDeadlines deadlines;

    @Autowired
    SupervisedHazards queue;

    @Autowired
    cn.safety.enforcement.domain.hazard.HazardQueues queues;

    @Autowired
    Notifications notifications;

    @Autowired
    DepartmentService departmentService;

    @Autowired
    RegisteringEnterprise registering;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    TestData data;

    @BeforeEach
    void setUp() {
        data = new TestData(departmentService, registering);
    }

    private Hazard ordered(Department d, Enterprise e, HazardGrade grade) {
        return tx.execute(s -> {
            Hazard h = hazards.add(Hazard.find(new Hazard.Finding(d.getId(), e, null, null, HazardSource.COMPLAINT,
                    grade, "配电箱未接地", "二号车间", "GB 50054", null, "tester", Instant.now())));
            LocalDate due = LocalDate.now().plusDays(5);
            h.order(h.prepareOrder("限期整改", new Deadline(LocalDate.now(), 5, PeriodUnit.CALENDAR_DAYS, due, false),
                    "测试", LocalDate.now()), 1L, "测-1", "tester", Instant.now());
            return hazards.save(h);
        });
    }

    private List<HazardDeadlines.Marked> overdue(LocalDate today) {
        return tx.execute(s -> deadlines.markOverdue(today, Instant.now()));
    }

    private List<HazardDeadlines.Marked> rechecks(LocalDate today) {
        return tx.execute(s -> deadlines.markRechecksOverdue(today, Instant.now()));
    }

    @Test
    void a_passed_deadline_is_marked_once_and_the_hazard_enters_the_queue_of_the_department_above() {
        Department d = data.department("正定", "130123");
        Enterprise e = data.enterprise(d, "逾期测试企业" + TestData.unique());
        Hazard general = ordered(d, e, HazardGrade.GENERAL);
        Hazard major = ordered(d, e, HazardGrade.MAJOR);
        LocalDate today = LocalDate.of(2026, 9, 10);
        jdbc.sql("UPDATE hazard SET due_on = ? WHERE id IN (?, ?)").params(today.minusDays(1), general.getId(),
                major.getId()).update();
        Scope below = new Scope(Set.of(d.getId()));
        assertThat(queue.pageQueue(below, null, 100)).extracting(Hazard::getId).contains(major.getId())
                .doesNotContain(general.getId());

        List<HazardDeadlines.Marked> marked = overdue(today);
        assertThat(marked).filteredOn(m -> m.departmentId() == d.getId()).singleElement()
                .satisfies(m -> assertThat(m.hazardIds()).containsExactly(general.getId(), major.getId()));
        Hazard after = hazards.findById(general.getId()).orElseThrow();
        assertThat(after.isOverdue()).isTrue();
        assertThat(after.isEscalated()).isTrue();
        assertThat(after.isOverdueUnrectified()).isTrue();
        assertThat(after.getOverdueMarkedOn()).isEqualTo(today);
        assertThat(after.getVersion()).isEqualTo(general.getVersion() + 1);
        assertThat(overdue(today))
                .noneMatch(m -> m.departmentId() == d.getId());
        assertThat(queue.pageQueue(below, null, 100)).extracting(Hazard::getId)
                .containsSubsequence(major.getId(), general.getId());
        assertThat(queue.pageQueue(below, major.getId(), 100)).extracting(Hazard::getId)
                .contains(general.getId()).doesNotContain(major.getId());
        assertThat(queue.pageQueue(Scope.nothing(), null, 100)).isEmpty();
    }

    @Test
    void a_passed_re_check_deadline_is_marked_once_per_deadline() {
        Department d = data.department("正定", "130123");
        Enterprise e = data.enterprise(d, "复查测试企业" + TestData.unique());
        Hazard h = ordered(d, e, HazardGrade.GENERAL);
        LocalDate today = LocalDate.of(2026, 9, 10);
        jdbc.sql("UPDATE hazard SET status = 'REPORTED', recheck_due_on = ? WHERE id = ?")
                .params(today.minusDays(1), h.getId()).update();
        assertThat(rechecks(today))
                .filteredOn(m -> m.departmentId() == d.getId()).singleElement()
                .satisfies(m -> assertThat(m.hazardIds()).containsExactly(h.getId()));
        assertThat(hazards.findById(h.getId()).orElseThrow().isRecheckOverdue()).isTrue();
        assertThat(rechecks(today))
                .noneMatch(m -> m.departmentId() == d.getId());
    }

    @Test
    void the_to_do_deadlines_are_the_soonest_whatever_the_order_they_were_recorded_in() {
        Department d = data.department("正定", "130123");
        Enterprise e = data.enterprise(d, "待办期限测试企业" + TestData.unique());
        Hazard oldest = ordered(d, e, HazardGrade.GENERAL);
        Hazard middle = ordered(d, e, HazardGrade.GENERAL);
        Hazard newest = ordered(d, e, HazardGrade.GENERAL);
        LocalDate today = LocalDate.of(2026, 9, 10);
        jdbc.sql("UPDATE hazard SET due_on = ? WHERE id = ?").params(today.plusDays(1), oldest.getId()).update();
        jdbc.sql("UPDATE hazard SET due_on = ? WHERE id = ?").params(today.plusDays(3), middle.getId()).update();
        jdbc.sql("UPDATE hazard SET due_on = ? WHERE id = ?").params(today.plusDays(2), newest.getId()).update();
        // a re-check due between them
        Hazard reported = ordered(d, e, HazardGrade.GENERAL);
        jdbc.sql("UPDATE hazard SET status = 'REPORTED', recheck_due_on = ? WHERE id = ?")
                .params(today.plusDays(1), reported.getId()).update();
        Scope scope = new Scope(Set.of(d.getId()));

        List<Long> three = tx.execute(s -> queues.deadlinesBy(scope, today.plusDays(3), 3)).stream()
                .map(Hazard::getId).toList();
        assertThat(three).containsExactly(oldest.getId(), reported.getId(), newest.getId());
        List<Hazard> byTheSecond = tx.execute(s -> queues.deadlinesBy(scope, today.plusDays(2), 10));
        assertThat(byTheSecond).extracting(Hazard::getId).doesNotContain(middle.getId()).hasSize(3);
    }

    /**
     * The statements find their candidates through the expression indexes of V12_71 (the index key must be the
     * statement's expression word for word, or PostgreSQL cannot use it). Sequential scans are priced out for the
     * EXPLAIN, so that the plan shows which index can serve the statement, whatever the size of the test table.
     */
    @Test
    void the_job_reads_its_candidates_through_their_own_indexes() {
        List<String> overduePlan = plan(JdbcHazardDeadlines.OVERDUE, "HAZARD_OVERDUE");
        List<String> recheckPlan = plan(JdbcHazardDeadlines.RECHECKS, "RECHECK_OVERDUE");
        // the index searched by the deadline (an Index Cond on the expression), not walked whole for its predicate
        assertThat(String.join("\n", overduePlan)).contains("hazard_overdue_due_idx")
                .containsPattern("Index Cond: \\(CASE WHEN .*overdue.* THEN due_on .*<");
        assertThat(String.join("\n", recheckPlan)).contains("hazard_recheck_unmarked_due_idx")
                .containsPattern("Index Cond: \\(CASE WHEN .* THEN recheck_due_on .*<");
    }

    private List<String> plan(String statement, String kind) {
        return tx.execute(s -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return jdbc.sql("EXPLAIN " + statement).param("today", LocalDate.of(2026, 9, 10))
                    .param("now", java.sql.Timestamp.from(Instant.now())).param("kind", kind)
                    .query(String.class).list();
        });
    }

    @Test
    void notifications_of_a_department_without_people_are_none_and_reading_them_works() {
        Department d = data.department("正定", "130123");
        Enterprise e = data.enterprise(d, "提醒测试企业" + TestData.unique());
        Hazard h = ordered(d, e, HazardGrade.MAJOR);
        tx.executeWithoutResult(s -> notifications.toHazardDepartment(h.getId(), NotificationKind.HAZARD_SUPERVISED,
                LocalDate.now(), Instant.now()));
        assertThat(notifications.pageOf(1L, d.getId(), null, 10)).isEmpty();
        assertThat(notifications.countUnread(1L, d.getId())).isZero();
        assertThat(notifications.markAllRead(1L, Instant.now())).isZero();
    }
}
