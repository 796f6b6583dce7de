package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.hazard.MarkingOverdueHazards;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanFacts;
import cn.safety.enforcement.domain.plan.rule.OverdueMajorHazard;
import cn.safety.enforcement.domain.plan.rule.PlanRules;
import cn.safety.enforcement.web.schedule.OverdueHazardsJob;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R16 against the real database: the overdue job (moved clock, a holiday, set-based, once with two runners), the
 * escalation to the department above and its notifications, 挂牌督办 by the city (allowed and refused), its queue at
 * county, city and province, 摘牌 once closed, and the plan's key-enterprise rule. The job is run here with the clock
 * moved a few days at most, so that it marks nothing of what other tests keep under deadlines of weeks.
 */
class HazardEscalationIT extends EndToEndIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MarkingOverdueHazards marking;

    @Autowired
    OverdueHazardsJob job;

    @Autowired
    DataSource dataSource;

    @Autowired
    Deadlines deadlines;

    @Autowired
    PlanFacts planFacts;

    @Autowired
    Clock clock;

    // ---- helpers ----

    private long newEnterprise(String name) {
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(Demo.enterpriseBody(
                Demo.newCreditCode(Demo.ZHENGDING), Demo.ZHENGDING, name))), 201).json().path("id").asLong();
    }

    /** A hazard of a new 正定县 enterprise found on a complaint and ordered rectified by {@code deadline}. */
    private JsonNode ordered(String name, String grade, LocalDate deadline) {
        long enterprise = newEnterprise(name);
        Map<String, Object> find = new LinkedHashMap<>();
        find.put("enterpriseId", enterprise);
        find.put("source", "COMPLAINT");
        find.put("grade", grade);
        find.put("description", "消防通道被堵塞");
        find.put("place", "一号仓库");
        long id = expect(api("zd-inspector").post("/api/v1/hazards", Http.json(find)), 201).json().path("id")
                .asLong();
        return expect(api("zd-inspector").post("/api/v1/hazards/" + id + "/order", Http.json(Map.of(
                "deadline", deadline.toString(), "requirements", "立即清理消防通道"))), 200).json();
    }

    private JsonNode planned(long id, LocalDate completion) {
        return expect(api("zd-inspector").post("/api/v1/hazards/" + id + "/rectification-plan", Http.json(Map.of(
                "goal", "清理通道", "responsiblePerson", "张安全", "funds", 1000, "measures", "清理并设置禁停标志",
                "plannedCompletion", completion.toString()))), 200).json();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The instant of {@code time} on {@code day} in the departments' time zone. */
    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    private JsonNode hazard(String username, long id) {
        return api(username).getJson("/api/v1/hazards/" + id);
    }

    private List<Long> queue(String username) {
        List<Long> ids = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = api(username).getJson("/api/v1/hazards/supervised?size=100"
                    + (next == null ? "" : "&after=" + next));
            page.path("items").values().forEach(r -> ids.add(r.path("id").asLong()));
            next = text(page, "next");
        } while (next != null);
        return ids;
    }

    private List<String> notificationKinds(String username, long hazardId) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode n : api(username).getJson("/api/v1/notifications?size=100").path("items").values()) {
            if (n.path("hazardId").asLong() == hazardId) {
                kinds.add(text(n, "kind"));
            }
        }
        return kinds;
    }

    private long entriesNaming(String action, long hazardId) {
        return jdbc().sql("SELECT count(*) FROM audit_entry WHERE action = ? AND after_state -> 'hazardIds' @> "
                + "to_jsonb(?::bigint)").param(action).param(hazardId).query(Long.class).single();
    }

    /** Runs {@code work} under the job's lock as another node would; whether it ran. */
    private static boolean underLock(LockingTaskExecutor node, Runnable work) {
        try {
            return node.executeWithLock(() -> {
                work.run();
                return true;
            }, new LockConfiguration(Instant.now(), OverdueHazardsJob.LOCK, Duration.ofMinutes(30),
                    Duration.ofMinutes(1))).wasExecuted();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private void releaseTheJobsLock() {
        jdbc().sql("UPDATE shedlock SET lock_until = now() - interval '1 second' WHERE name = ?")
                .param(OverdueHazardsJob.LOCK).update();
    }

    private static void assertRefusedInState(Http.Response r, String stateLabel) {
        JsonNode p = problem(r, 409);
        assertThat(Http.errorFields(p)).containsExactly("state");
        assertThat(p.toString()).contains(stateLabel);
    }

    // ---- the job ----

    @Test
    void a_deadline_counted_in_working_days_across_the_national_day_holiday_is_overdue_only_after_its_last_day() {
        long id = ordered("国庆期限测试有限公司", "GENERAL", today().plusDays(10)).path("id").asLong();
        // ordered on Monday 2026-09-28 for five working days: 9-29, 9-30, then 10-8 (10-1 to 10-7 are holidays), 10-9
        // and the make-up working day Saturday 10-10 — a count in calendar days would have ended on 10-03
        LocalDate due = deadlines.of(LocalDate.of(2026, 9, 28), 5, PeriodUnit.WORKING_DAYS).dueOn();
        assertThat(due).isAfter(LocalDate.of(2026, 10, 7));
        jdbc().sql("UPDATE hazard SET due_on = ? WHERE id = ?").param(due).param(id).update();

        marking.markAsOf(at(LocalDate.of(2026, 10, 4), LocalTime.of(0, 30)));
        assertThat(hazard("zd-inspector", id).path("overdue").asBoolean()).as("in the holiday").isFalse();
        marking.markAsOf(at(due, LocalTime.of(23, 59)));
        assertThat(hazard("zd-inspector", id).path("overdue").asBoolean()).as("on the last day").isFalse();

        MarkingOverdueHazards.Run run = marking.markAsOf(at(due.plusDays(1), LocalTime.of(0, 30)));
        assertThat(run.overdue()).isGreaterThanOrEqualTo(1);
        JsonNode h = hazard("zd-inspector", id);
        assertThat(h.path("overdue").asBoolean()).isTrue();
        assertThat(h.path("escalated").asBoolean()).isTrue();
        assertThat(h.path("overdueUnrectified").asBoolean()).isTrue();
        assertThat(entriesNaming("HazardsMarkedOverdue", id)).isEqualTo(1);

        // a second run of the day changes nothing
        marking.markAsOf(at(due.plusDays(1), LocalTime.of(6, 0)));
        assertThat(hazard("zd-inspector", id).path("version").asLong()).isEqualTo(h.path("version").asLong());
        assertThat(entriesNaming("HazardsMarkedOverdue", id)).isEqualTo(1);
    }

    @Test
    void the_job_marks_hundreds_of_hazards_in_one_run_one_entry_per_department() {
        long enterprise = newEnterprise("批量逾期测试有限公司");
        LocalDate due = LocalDate.of(2026, 9, 1);
        // 300 ordered hazards of one enterprise, written directly: the job must move them all in one statement
        int inserted = jdbc().sql("""
                        INSERT INTO hazard (id, department_id, division_code, city_code, province_code, township_id,
                                            enterprise_id, source, grade, description, status, requirements,
                                            ordered_at, ordered_by, due_on, found_at, found_by, created_at,
                                            created_by)
                        SELECT nextval('hazard_seq'), e.department_id, e.division_code, e.city_code, e.province_code,
                               e.township_id, e.id, 'COMPLAINT', 'GENERAL', '批量隐患 ' || g, 'ORDERED', '整改',
                               now(), 'zd-inspector', ?, now(), 'zd-inspector', now(), 'zd-inspector'
                        FROM enterprise e, generate_series(1, 300) g WHERE e.id = ?""")
                .param(due).param(enterprise).update();
        assertThat(inserted).isEqualTo(300);

        MarkingOverdueHazards.Run run = marking.markAsOf(at(due.plusDays(1), LocalTime.of(0, 30)));
        assertThat(run.overdue()).isGreaterThanOrEqualTo(300);
        assertThat(jdbc().sql("SELECT count(*) FROM hazard WHERE enterprise_id = ? AND overdue AND escalated"
                + " AND overdue_unrectified AND overdue_marked_on = ? AND version = 1").param(enterprise)
                .param(due.plusDays(1)).query(Long.class).single()).isEqualTo(300);
        long first = jdbc().sql("SELECT min(id) FROM hazard WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single();
        // one entry for the department and the run, listing every hazard it marked
        assertThat(jdbc().sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'HazardsMarkedOverdue'
                        AND after_state -> 'hazardIds' @> to_jsonb(?::bigint)""").param(first)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc().sql("""
                        SELECT username FROM audit_entry WHERE action = 'HazardsMarkedOverdue'
                        AND after_state -> 'hazardIds' @> to_jsonb(?::bigint)""").param(first)
                .query(String.class).single()).isEqualTo("system");
        // the inspector, the county's supervisor and the city's supervisor: one notification each per hazard
        assertThat(jdbc().sql("""
                        SELECT n.kind || ':' || u.username, count(*) FROM notification n
                        JOIN app_user u ON u.id = n.recipient_user_id JOIN hazard h ON h.id = n.hazard_id
                        WHERE h.enterprise_id = ? GROUP BY 1 ORDER BY 1""").param(enterprise)
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .contains("HAZARD_OVERDUE:zd-inspector=300", "HAZARD_OVERDUE:zd-chief=300",
                        "HAZARD_ESCALATED:sjz-supervisor=300");
    }

    @Test
    void two_runners_against_one_database_run_the_job_once() throws Exception {
        long id = ordered("两节点测试有限公司", "GENERAL", today().plusDays(10)).path("id").asLong();
        jdbc().sql("UPDATE hazard SET due_on = ? WHERE id = ?").param(today().minusDays(2)).param(id).update();
        releaseTheJobsLock();

        // runner one: this node's scheduled job through its lock; runner two: another node's lock provider over the
        // same database, running the same work
        LockingTaskExecutor otherNode = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> here = pool.submit(() -> {
                start.await();
                job.run();
                return null;
            });
            Future<Boolean> there = pool.submit(() -> {
                start.await();
                return underLock(otherNode, marking::mark);
            });
            start.countDown();
            here.get(60, TimeUnit.SECONDS);
            there.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(hazard("zd-inspector", id).path("overdue").asBoolean()).isTrue();
        assertThat(entriesNaming("HazardsMarkedOverdue", id)).as("one run recorded the hazard").isEqualTo(1);
        assertThat(notificationKinds("zd-inspector", id)).containsExactly("HAZARD_OVERDUE");

        // the lock is held for its minimum time: a third runner a moment later does not run at all
        assertThat(underLock(otherNode, () -> { })).isFalse();
        releaseTheJobsLock();
    }

    @Test
    void a_department_whose_re_check_deadline_passed_is_notified() {
        JsonNode h = ordered("复查逾期测试有限公司", "GENERAL", today().plusDays(10));
        long id = h.path("id").asLong();
        planned(id, today().plusDays(5));
        long photo = expect(api("zd-inspector").upload("/api/v1/hazards/" + id + "/evidence", "整改照片.png",
                "image/png", EvidenceIT.photo(400, 17)), 201).json().path("id").asLong();
        expect(api("zd-inspector").post("/api/v1/hazards/" + id + "/rectification-report", Http.json(Map.of(
                "description", "已清理", "evidenceIds", List.of(photo)))), 200);
        LocalDate recheck = LocalDate.of(2026, 9, 15);
        jdbc().sql("UPDATE hazard SET recheck_due_on = ? WHERE id = ?").param(recheck).param(id).update();

        MarkingOverdueHazards.Run run = marking.markAsOf(at(recheck.plusDays(1), LocalTime.of(0, 30)));
        assertThat(run.rechecksOverdue()).isGreaterThanOrEqualTo(1);
        JsonNode after = hazard("zd-inspector", id);
        assertThat(after.path("recheckOverdue").asBoolean()).isTrue();
        assertThat(after.path("overdue").asBoolean()).as("the enterprise reported in time").isFalse();
        assertThat(notificationKinds("zd-inspector", id)).containsExactly("RECHECK_OVERDUE");
        assertThat(notificationKinds("zd-chief", id)).containsExactly("RECHECK_OVERDUE");
        assertThat(entriesNaming("HazardRechecksOverdue", id)).isEqualTo(1);
    }

    // ---- 挂牌督办 ----

    @Test
    void a_deadline_that_passes_escalates_to_the_city_which_supervises_follows_and_lifts_once_closed() {
        LocalDate deadline = today().plusDays(1);
        JsonNode h = ordered("逾期挂牌督办测试有限公司", "GENERAL", deadline);
        long id = h.path("id").asLong();
        String base = "/api/v1/hazards/" + id;
        long enterpriseId = h.path("enterpriseId").asLong();
        planned(id, deadline);

        // not listed yet: a general hazard within its deadline
        assertThat(queue("sjz-supervisor")).doesNotContain(id);
        JsonNode notListed = problem(api("sjz-supervisor").post(base + "/supervision", Http.json(Map.of(
                "requirements", "督促整改", "deadline", today().plusDays(20).toString()))), 409);
        assertThat(notListed.toString()).contains("逾期未整改");

        // the deadline's last day ends: the job marks it overdue and escalates it to the city
        marking.markAsOf(at(deadline.plusDays(1), LocalTime.of(0, 30)));
        JsonNode overdue = hazard("zd-inspector", id);
        assertThat(overdue.path("overdue").asBoolean()).isTrue();
        assertThat(overdue.path("escalated").asBoolean()).isTrue();
        assertThat(overdue.path("overdueUnrectified").asBoolean()).isTrue();
        assertThat(notificationKinds("zd-inspector", id)).containsExactly("HAZARD_OVERDUE");
        assertThat(notificationKinds("zd-chief", id)).containsExactly("HAZARD_OVERDUE");
        assertThat(notificationKinds("sjz-supervisor", id)).containsExactly("HAZARD_ESCALATED");

        // listed in the queue of the city and, above it, of the province; not in the county's, nor in Tianjin's
        assertThat(queue("sjz-supervisor")).contains(id);
        assertThat(queue("admin")).contains(id);
        assertThat(queue("zd-chief")).doesNotContain(id);
        assertThat(queue("zd-inspector")).isEmpty();
        assertThat(queue("tj-admin")).doesNotContain(id);

        // refused: the county itself (403), another city's department (404), the province two levels up (403), a
        // city inspector (403), bad input (400)
        Map<String, Object> notice = Map.of("requirements", "十日内完成整改并书面报告", "deadline",
                today().plusDays(10).toString());
        JsonNode own = problem(api("zd-chief").post(base + "/supervision", Http.json(notice)), 403);
        assertThat(own.toString()).contains("上一级部门");
        problem(api("tj-admin").post(base + "/supervision", Http.json(notice)), 404);
        problem(api("xt-inspector").post(base + "/supervision", Http.json(notice)), 404);
        problem(api("admin").post(base + "/supervision", Http.json(notice)), 403);
        problem(api("sjz-inspector").post(base + "/supervision", Http.json(notice)), 404);
        assertThat(Http.errorFields(problem(api("sjz-supervisor").post(base + "/supervision", Http.json(Map.of(
                "requirements", " "))), 400))).containsExactly("requirements", "deadline");

        // the city issues its 挂牌督办通知书
        JsonNode supervised = expect(api("sjz-supervisor").post(base + "/supervision", Http.json(notice)), 200)
                .json();
        long city = demo().departmentId(Demo.SHIJIAZHUANG);
        assertThat(supervised.path("supervisedBy").path("departmentId").asLong()).isEqualTo(city);
        assertThat(text(supervised.path("supervisedBy"), "departmentName")).isEqualTo(Demo.SHIJIAZHUANG_DEPARTMENT);
        assertThat(text(supervised.path("supervisedBy"), "requirements")).isEqualTo("十日内完成整改并书面报告");
        assertThat(supervised.path("supervisedBy").path("documentId").asLong()).isPositive();
        assertThat(jdbc().sql("SELECT department_id FROM issued_document WHERE subject_kind = 'HAZARD'"
                        + " AND subject_id = ? AND type = 'SUPERVISION_NOTICE'").param(id).query(Long.class).single())
                .isEqualTo(city);
        assertThat(hazard("zd-inspector", id).path("supervisedBy").path("departmentId").asLong()).isEqualTo(city);
        assertThat(notificationKinds("zd-chief", id)).contains("HAZARD_SUPERVISED");
        problem(api("sjz-supervisor").post(base + "/supervision", Http.json(notice)), 409);
        assertThat(queue("sjz-supervisor")).contains(id);
        assertThat(queue("admin")).as("a province sees what its cities supervise").contains(id);

        // 摘牌 before the hazard is closed: 409 naming the state; by the county: 403
        assertRefusedInState(api("sjz-supervisor").post(base + "/lift-supervision", "{}"), "整改中");
        problem(api("zd-chief").post(base + "/lift-supervision", "{}"), 403);

        // the enterprise rectifies, the county re-checks and closes it
        long photo = expect(api("zd-inspector").upload(base + "/evidence", "整改照片.png", "image/png",
                EvidenceIT.photo(400, 23)), 201).json().path("id").asLong();
        expect(api("zd-inspector").post(base + "/rectification-report", Http.json(Map.of(
                "description", "已清理消防通道", "evidenceIds", List.of(photo)))), 200);
        JsonNode closed = expect(api("zd-inspector").post(base + "/verification", Http.json(Map.of(
                "accepted", true, "opinion", "经复查，消防通道已畅通"))), 200).json();
        assertThat(text(closed, "state")).isEqualTo("CLOSED");
        assertThat(closed.path("overdueUnrectified").asBoolean()).as("the violation stays recorded").isTrue();
        assertThat(queue("sjz-supervisor")).as("closed, still to be lifted").contains(id);

        // the city alone lifts it
        problem(api("admin").post(base + "/lift-supervision", "{}"), 403);
        JsonNode lifted = expect(api("sjz-supervisor").post(base + "/lift-supervision", "{}"), 200).json();
        assertThat(lifted.path("supervisedBy").path("departmentId").asLong()).isEqualTo(city);
        assertThat(text(lifted.path("supervisedBy"), "liftedAt")).isNotBlank();
        problem(api("sjz-supervisor").post(base + "/lift-supervision", "{}"), 409);
        assertThat(queue("sjz-supervisor")).doesNotContain(id);
        assertThat(queue("admin")).doesNotContain(id);
        assertThat(notificationKinds("zd-chief", id)).contains("SUPERVISION_LIFTED");
        assertThat(jdbc().sql("SELECT action FROM audit_entry WHERE aggregate_type = 'Hazard' AND aggregate_id = ?"
                + " ORDER BY id").param(String.valueOf(id)).query(String.class).list())
                .contains("HazardSupervised", "HazardSupervisionLifted");
        assertThat(enterpriseId).isPositive();
    }

    /**
     * R16: an order given in working days reaching into a year whose arrangement is not entered gets a provisional
     * deadline (weekends only there); entering that year counts it again on the holidays entered, in the entering
     * transaction: the last day moves, the provisional mark goes, and the hazard's department has it on the record.
     */
    @Test
    void entering_the_next_years_arrangement_moves_a_provisional_deadline_and_clears_its_mark() {
        LocalDate today = today();
        int next = today.getYear() + 1;
        org.junit.jupiter.api.Assumptions.assumeTrue(entered(today.getYear()) && !entered(next),
                "this year entered, the next one not");
        // working days that end after the 20th of January of the next year, counted there on weekends only
        int days = 1;
        while (deadlines.of(today, days, PeriodUnit.WORKING_DAYS).dueOn().isBefore(LocalDate.of(next, 1, 20))) {
            days++;
        }
        long enterprise = newEnterprise("暂定期限重算测试有限公司");
        long id = expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of("enterpriseId", enterprise,
                "source", "COMPLAINT", "grade", "GENERAL", "description", "配电箱未接地"))), 201).json()
                .path("id").asLong();
        // refused: a period that is not a whole number of working days; nothing is stored
        problem(api("zd-inspector").post("/api/v1/hazards/" + id + "/order", Http.json(Map.of(
                "workingDays", 0, "requirements", "限期接地"))), 400);
        expect(api("zd-inspector").post("/api/v1/hazards/" + id + "/order", Http.json(Map.of(
                "workingDays", days, "requirements", "限期接地"))), 200);
        Map<String, Object> ordered = dueOf(id);
        LocalDate provisionalDue = (LocalDate) ordered.get("due_on");
        assertThat(provisionalDue).isEqualTo(deadlines.of(today, days, PeriodUnit.WORKING_DAYS).dueOn());
        assertThat(ordered.get("due_on_provisional")).isEqualTo(true);
        assertThat(ordered.get("due_working_days")).isEqualTo(days);

        try {
            // the next year is entered with a holiday of ten days at its start: at least six working days less
            Http.Browser admin = browser("admin");
            String page = admin.page("/admin/calendar?year=" + next);
            Http.Response saved = admin.post("/admin/calendar/years", Html.form(page, "/admin/calendar/years")
                    .set("notice", "国办发明电〔" + today.getYear() + "〕99号")
                    .set("ranges[0].kind", "HOLIDAY").set("ranges[0].name", "元旦")
                    .set("ranges[0].from", next + "-01-01").set("ranges[0].to", next + "-01-10"));
            assertThat(saved.status()).as("%s", saved).isEqualTo(302);

            Map<String, Object> recounted = dueOf(id);
            LocalDate due = (LocalDate) recounted.get("due_on");
            assertThat(due).isAfter(provisionalDue)
                    .isEqualTo(deadlines.of(today, days, PeriodUnit.WORKING_DAYS).dueOn());
            assertThat(recounted.get("due_on_provisional")).isEqualTo(false);
            assertThat(((Number) recounted.get("version")).longValue())
                    .isEqualTo(((Number) ordered.get("version")).longValue() + 1);
            assertThat(text(hazard("zd-inspector", id), "deadline")).isEqualTo(due.toString());
            assertThat(jdbc().sql("""
                            SELECT count(*) FROM audit_entry WHERE action = 'HazardDeadlinesRecounted'
                            AND department_id = ? AND after_state -> 'hazardIds' @> to_jsonb(?::bigint)""")
                    .param(demo().departmentId(Demo.ZHENGDING)).param(id).query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc().sql("DELETE FROM calendar_day WHERE year = ?").param(next).update();
            jdbc().sql("DELETE FROM calendar_year WHERE year = ?").param(next).update();
        }
    }

    private boolean entered(int year) {
        return jdbc().sql("SELECT count(*) FROM calendar_year WHERE year = ?").param(year).query(Long.class)
                .single() > 0;
    }

    private Map<String, Object> dueOf(long id) {
        return jdbc().sql("SELECT due_on, due_on_provisional, due_working_days, version FROM hazard WHERE id = ?")
                .param(id).query((rs, n) -> Map.<String, Object>of("due_on", rs.getObject("due_on", LocalDate.class),
                        "due_on_provisional", rs.getBoolean("due_on_provisional"),
                        "due_working_days", rs.getInt("due_working_days"), "version", rs.getLong("version")))
                .single();
    }

    @Test
    void a_major_hazard_is_listed_at_once_and_its_deadline_passing_makes_the_enterprise_key() {
        JsonNode h = ordered("重大隐患逾期测试有限公司", "MAJOR", today().plusDays(2));
        long id = h.path("id").asLong();
        long enterpriseId = h.path("enterpriseId").asLong();
        assertThat(queue("sjz-supervisor")).as("a major hazard is listed before any deadline").contains(id);
        assertThat(planFacts.ofEnterprise(enterpriseId).orElseThrow().overdueMajorHazardDueOn()).isNull();

        marking.markAsOf(at(today().plusDays(3), LocalTime.of(0, 30)));
        EnterpriseFacts facts = planFacts.ofEnterprise(enterpriseId).orElseThrow();
        assertThat(facts.overdueMajorHazardDueOn()).isEqualTo(today().plusDays(2));
        PlanRules.Assessment a = PlanRules.all().assess(facts, planParameters());
        assertThat(a.reasons()).extracting(r -> r.code()).contains(OverdueMajorHazard.CODE);
        assertThat(a.dynamicTrigger()).isTrue();
    }

    /**
     * The city's 挂牌督办通知书 about a county's hazard is addressed to the county, which must act on it: the county
     * reads it (by the document routes and the hazard's page link), the city that issued it and the province above read
     * it; the enterprise's own account, another province and another county are answered as if it did not exist.
     */
    @Test
    void the_supervision_notice_is_read_by_the_county_it_is_addressed_to_and_not_by_the_enterprise() {
        long enterprise = api("zd-ent").getJson("/api/v1/me").path("enterprise").path("id").asLong();
        long id = expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of("enterpriseId", enterprise,
                "source", "COMPLAINT", "grade", "MAJOR", "description", "督办通知书阅读测试：储罐区防火堤破损"))), 201)
                .json().path("id").asLong();
        String base = "/api/v1/hazards/" + id;
        long document = expect(api("sjz-supervisor").post(base + "/supervision", Http.json(Map.of(
                "requirements", "十五日内修复防火堤", "deadline", today().plusDays(15).toString()))), 200).json()
                .path("supervisedBy").path("documentId").asLong();
        assertThat(document).isPositive();
        String pdf = "/api/v1/documents/" + document + "/pdf";
        String page = "/hazards/" + id + "/documents/" + document + ".pdf";

        for (String reader : List.of("zd-chief", "zd-inspector", "sjz-supervisor", "admin")) {
            assertThat(api(reader).getJson("/api/v1/documents/" + document).path("id").asLong()).as(reader)
                    .isEqualTo(document);
            Http.Response r = expect(api(reader).get(pdf), 200);
            assertThat(r.contentType()).as(reader).startsWith("application/pdf");
            assertThat(expect(browser(reader).get(page), 200).bytes()).as(reader).isEqualTo(r.bytes());
        }
        assertThat(browser("zd-chief").get("/hazards/" + id).body()).contains("supervision-notice", page)
                // the record names the supervising department, not its id
                .containsPattern("挂牌督办部门：</span>.{0,60}→ <span>石家庄市应急管理局</span>");

        // the enterprise reads its hazard, not the notice addressed to its department; it is not in its file either
        expect(api("zd-ent").get(base), 200);
        problem(api("zd-ent").get("/api/v1/documents/" + document), 404);
        problem(api("zd-ent").get(pdf), 404);
        assertThat(browser("zd-ent").get(page).status()).isEqualTo(404);
        assertThat(browser("zd-ent").get("/hazards/" + id).body()).doesNotContain("supervision-notice");
        assertThat(fileEntries("sjz-supervisor", enterprise)).contains("DOCUMENT " + document);
        assertThat(fileEntries("zd-ent", enterprise)).contains("HAZARD " + id).doesNotContain("DOCUMENT " + document);
        // another province, and another county of the same city
        for (String stranger : List.of("tj-admin", "bh-inspector", "xt-inspector")) {
            problem(api(stranger).get("/api/v1/documents/" + document), 404);
            problem(api(stranger).get(pdf), 404);
        }
    }

    /** The newest entries of the enterprise's file as its reader sees them, as "KIND id". */
    private List<String> fileEntries(String username, long enterprise) {
        List<String> keys = new ArrayList<>();
        expect(api(username).get("/api/v1/enterprises/" + enterprise + "/file?limit=100"), 200).json().path("items")
                .forEach(e -> keys.add(text(e, "kind") + " " + e.path("id").asLong()));
        return keys;
    }

    @Test
    void notifications_are_the_readers_own_and_marked_read_one_by_one_or_all() {
        JsonNode h = ordered("提醒已读测试有限公司", "GENERAL", today().plusDays(1));
        long id = h.path("id").asLong();
        marking.markAsOf(at(today().plusDays(2), LocalTime.of(0, 30)));
        JsonNode page = api("zd-inspector").getJson("/api/v1/notifications?size=100");
        JsonNode mine = page.path("items").values().stream().filter(n -> n.path("hazardId").asLong() == id)
                .findFirst().orElseThrow();
        assertThat(text(mine, "enterpriseName")).isEqualTo("提醒已读测试有限公司");
        assertThat(mine.path("readAt").isNull()).isTrue();
        long unread = page.path("unread").asLong();
        assertThat(unread).isPositive();
        problem(api("sjz-supervisor").post("/api/v1/notifications/" + mine.path("id").asLong() + "/read", "{}"),
                404);
        expect(api("zd-inspector").post("/api/v1/notifications/" + mine.path("id").asLong() + "/read", "{}"), 204);
        assertThat(api("zd-inspector").getJson("/api/v1/notifications").path("unread").asLong())
                .isEqualTo(unread - 1);

        Http.Browser browser = browser("zd-chief");
        Http.Response shown = browser.get("/notifications");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("提醒已读测试有限公司", "隐患逾期未整改", "notification-bell");
        assertThat(browser.get("/notifications/unread").body()).contains("unread");
        expect(api("zd-chief").post("/api/v1/notifications/read-all", "{}"), 204);
        assertThat(api("zd-chief").getJson("/api/v1/notifications").path("unread").asLong()).isZero();
    }

    private static cn.safety.enforcement.domain.plan.PlanParameters planParameters() {
        java.util.function.BiFunction<String, Integer, cn.safety.enforcement.domain.rule.RuleParameters.RuleValue>
                v = (key, n) -> new cn.safety.enforcement.domain.rule.RuleParameters.RuleValue(key,
                java.math.BigDecimal.valueOf(n), LocalDate.of(2021, 1, 1), "应急〔2021〕23号（二）");
        return new cn.safety.enforcement.domain.plan.PlanParameters(LocalDate.now(ZONE),
                v.apply(cn.safety.enforcement.domain.plan.PlanParameters.BASE, 1),
                v.apply(cn.safety.enforcement.domain.plan.PlanParameters.EXTRA, 1),
                v.apply(cn.safety.enforcement.domain.plan.PlanParameters.FATAL_ACCIDENT_YEARS, 3),
                v.apply(cn.safety.enforcement.domain.plan.PlanParameters.DUTY_FINDING_YEARS, 1),
                v.apply(cn.safety.enforcement.domain.plan.PlanParameters.ACCIDENT_FREE_YEARS, 3),
                java.util.Optional.empty());
    }
}
