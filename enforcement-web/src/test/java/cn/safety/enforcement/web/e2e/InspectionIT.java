package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inspections over HTTP: planned from an item of 正定县's approved plan, unplanned with approval (before, or after an
 * urgent start), the inspectors' certificates, the stages in order, transfers, the 重复检查 alert, and the refusals by
 * jurisdiction; one record entry per command.
 */
class InspectionIT extends EndToEndIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> TWO = List.of("zd-inspector", "zd-inspector2");

    record Entry(String action, String username, Long departmentId, String aggregateType, String aggregateId) {
    }

    private long lastEntryId() {
        return jdbc().sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    private Entry onlyEntrySince(long last) {
        List<Entry> entries = jdbc().sql("""
                        SELECT action, username, department_id, aggregate_type, aggregate_id
                        FROM audit_entry WHERE id > ? ORDER BY id""")
                .param(last)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5)))
                .list();
        assertThat(entries).as("entries written by one command").hasSize(1);
        return entries.get(0);
    }

    private long department(String divisionCode) {
        return jdbc().sql("SELECT min(id) FROM department WHERE division_code = ?").param(divisionCode)
                .query(Long.class).single();
    }

    /** A new enterprise of 正定县 (so that no open inspection of it exists), registered by its inspector. */
    private long zhengdingEnterprise() {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "检查测试" + code.substring(8, 17) + "有限公司");
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    private long shijiazhuangEnterprise() {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "市管企业" + code.substring(8, 17) + "有限公司");
        return expect(api("sjz-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    /** An item of 正定县's approved 2026 plan of the given kind whose enterprise has no open inspection. */
    private long planItem(String kind) {
        return jdbc().sql("""
                        SELECT i.id FROM plan_item i JOIN plan p ON p.id = i.plan_id
                        WHERE p.department_id = ? AND p.year = 2026 AND p.status = 'APPROVED' AND i.kind = ?
                          AND NOT EXISTS (SELECT 1 FROM inspection x WHERE x.department_id = i.department_id
                                          AND x.enterprise_id = i.enterprise_id
                                          AND x.status IN ('AWAITING_APPROVAL', 'IN_PROGRESS'))
                        ORDER BY i.id LIMIT 1""")
                .param(department(ZHENGDING)).param(kind).query(Long.class).single();
    }

    private static String day2026() {
        return "2026-11-20T09:30";
    }

    private static Map<String, Object> planned(long planItemId, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planItemId", planItemId);
        body.put("kind", kind);
        body.put("inspectors", TWO);
        body.put("startedAt", day2026());
        return body;
    }

    private static Map<String, Object> unplanned(long enterpriseId, String kind, String trigger) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("kind", kind);
        body.put("trigger", trigger);
        body.put("inspectors", TWO);
        return body;
    }

    private Http.Response start(String username, Map<String, Object> body) {
        return api(username).post("/api/v1/inspections", Http.json(body));
    }

    // ---- planned ----

    @Test
    void an_inspector_starts_a_planned_inspection_of_a_key_item_with_two_certified_inspectors() {
        long item = planItem("KEY");
        long last = lastEntryId();
        Http.Response created = expect(start("zd-inspector", planned(item, "FULL_COVERAGE")), 201);
        JsonNode i = created.json();
        assertThat(created.location()).isEqualTo("/api/v1/inspections/" + i.path("id").asLong());
        assertThat(text(i, "status")).isEqualTo("IN_PROGRESS");
        assertThat(i.path("planItemId").asLong()).isEqualTo(item);
        assertThat(i.path("trigger").isNull()).isTrue();
        assertThat(i.path("keyEnterprise").asBoolean()).isTrue();
        assertThat(i.path("approvalPending").asBoolean()).isFalse();
        assertThat(i.path("inspectors").findValuesAsString("certificateNumber"))
                .containsExactly("冀执13012320240003", "冀执13012320240004");
        assertThat(i.path("results").isArray()).isTrue();
        Entry e = onlyEntrySince(last);
        assertThat(e.action()).isEqualTo("InspectionStarted");
        assertThat(e.username()).isEqualTo("zd-inspector");
        assertThat(e.departmentId()).isEqualTo(department(ZHENGDING));
        assertThat(e.aggregateId()).isEqualTo(String.valueOf(i.path("id").asLong()));

        JsonNode read = api("zd-inspector2").getJson("/api/v1/inspections/" + i.path("id").asLong());
        assertThat(text(read, "enterpriseName")).isNotBlank();
        assertThat(read.path("enterpriseId").asLong()).isEqualTo(i.path("enterpriseId").asLong());
        // the city's supervisor reads the county's inspection; the city's inspector and another province do not
        expect(api("sjz-supervisor").get("/api/v1/inspections/" + i.path("id").asLong()), 200);
        problem(api("sjz-inspector").get("/api/v1/inspections/" + i.path("id").asLong()), 404);
        problem(api("bh-inspector").get("/api/v1/inspections/" + i.path("id").asLong()), 404);
    }

    @Test
    void a_planned_kind_must_fit_the_item_and_a_planned_inspection_takes_no_trigger() {
        long item = planItem("KEY");
        JsonNode p = problem(start("zd-inspector", planned(item, "RANDOM")), 400);
        assertThat(errorsFor(p, "kind")).singleElement().asString().contains("双随机抽查", "重点检查");
        Map<String, Object> withTrigger = planned(item, "FULL_COVERAGE");
        withTrigger.put("trigger", "COMPLAINT");
        assertThat(errorsFor(problem(start("zd-inspector", withTrigger), 400), "trigger")).hasSize(1);
        // 明查暗访 fits any planned item
        JsonNode unannounced = expect(start("zd-inspector", planned(item, "UNANNOUNCED")), 201).json();
        assertThat(unannounced.path("noticeWithheld").asBoolean()).isTrue();
    }

    @Test
    void an_item_of_another_department_is_out_of_jurisdiction_and_an_unknown_one_is_refused_on_the_field() {
        long item = planItem("KEY");
        Map<String, Object> body = planned(item, "FULL_COVERAGE");
        body.put("inspectors", List.of("sjz-inspector", "sjz-inspector2"));
        // the city's supervisor reads the county's plan but inspects only from the city's own items
        problem(start("sjz-supervisor", body), 403);
        // who does not read the plan is told the item is unknown, like one that does not exist
        assertThat(errorsFor(problem(start("sjz-inspector", body), 400), "planItemId")).hasSize(1);
        assertThat(errorsFor(problem(start("bh-inspector", body), 400), "planItemId")).hasSize(1);
        assertThat(errorsFor(problem(start("zd-inspector", planned(987654321L, "FULL_COVERAGE")), 400),
                "planItemId")).hasSize(1);
    }

    // ---- inspectors ----

    @Test
    void one_inspector_an_expired_certificate_another_departments_inspector_and_a_duplicate_are_refused_by_name() {
        long enterprise = zhengdingEnterprise();
        Map<String, Object> one = unplanned(enterprise, "SPECIAL", "COMPLAINT");
        one.put("inspectors", List.of("zd-inspector"));
        assertThat(errorsFor(problem(start("zd-inspector", one), 400), "inspectors"))
                .singleElement().asString().contains("不得少于 2 人", "第四十二条");

        Map<String, Object> expired = unplanned(enterprise, "SPECIAL", "COMPLAINT");
        expired.put("inspectors", List.of("zd-inspector", "zd-inspector8"));
        assertThat(errorsFor(problem(start("zd-inspector", expired), 400), "inspectors"))
                .singleElement().asString().contains("高振华", "冀执13012320210011", "2025-12-31");

        Map<String, Object> other = unplanned(enterprise, "SPECIAL", "COMPLAINT");
        other.put("inspectors", List.of("zd-inspector", "sjz-inspector"));
        assertThat(errorsFor(problem(start("zd-inspector", other), 400), "inspectors"))
                .singleElement().asString().contains("sjz-inspector").doesNotContain("孙执法");

        Map<String, Object> twice = unplanned(enterprise, "SPECIAL", "COMPLAINT");
        twice.put("inspectors", List.of("zd-inspector", "ZD-INSPECTOR"));
        List<String> messages = errorsFor(problem(start("zd-inspector", twice), 400), "inspectors");
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("重复"));
        assertThat(jdbc().sql("SELECT count(*) FROM inspection WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isZero();
    }

    // ---- unplanned: approval ----

    @Test
    void an_unplanned_inspection_waits_for_a_supervisor_who_is_not_one_of_its_inspectors() {
        long enterprise = zhengdingEnterprise();
        JsonNode i = expect(start("zd-inspector", unplanned(enterprise, "COMPLAINT_CHECK", "COMPLAINT")), 201)
                .json();
        long id = i.path("id").asLong();
        assertThat(text(i, "status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(i.path("approvalPending").asBoolean()).isTrue();
        problem(api("zd-inspector").post("/api/v1/inspections/" + id + "/approval", "{}"), 403);
        problem(api("sjz-inspector").post("/api/v1/inspections/" + id + "/approval", "{}"), 404);
        // a stage waits for the approval
        problem(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/NOTICE",
                Http.json(Map.of("note", "告知"))), 409);
        long last = lastEntryId();
        JsonNode approved = expect(api("zd-chief").post("/api/v1/inspections/" + id + "/approval", "{}"), 200)
                .json();
        assertThat(text(approved, "status")).isEqualTo("IN_PROGRESS");
        assertThat(text(approved, "approvedBy")).isEqualTo("zd-chief");
        Entry e = onlyEntrySince(last);
        assertThat(e.action()).isEqualTo("InspectionApproved");
        assertThat(e.username()).isEqualTo("zd-chief");
        // approved once: a second approval or a refusal is out of order
        JsonNode again = problem(api("zd-chief").post("/api/v1/inspections/" + id + "/approval", "{}"), 409);
        assertThat(text(again, "detail")).contains("检查中");
        problem(api("zd-chief").post("/api/v1/inspections/" + id + "/refusal",
                Http.json(Map.of("reason", "不必要"))), 409);
    }

    @Test
    void the_supervisor_above_may_refuse_with_a_reason_and_the_inspection_ends() {
        long enterprise = zhengdingEnterprise();
        long id = expect(start("zd-inspector", unplanned(enterprise, "SPECIAL", "MONITORING_ALERT")), 201).json()
                .path("id").asLong();
        JsonNode blank = problem(api("sjz-supervisor").post("/api/v1/inspections/" + id + "/refusal",
                Http.json(Map.of("reason", "  "))), 400);
        assertThat(errorsFor(blank, "reason")).hasSize(1);
        long last = lastEntryId();
        JsonNode refused = expect(api("sjz-supervisor").post("/api/v1/inspections/" + id + "/refusal",
                Http.json(Map.of("reason", "监测预警已消除，无需检查"))), 200).json();
        assertThat(text(refused, "status")).isEqualTo("REFUSED");
        assertThat(text(refused, "refusalReason")).isEqualTo("监测预警已消除，无需检查");
        assertThat(onlyEntrySince(last).action()).isEqualTo("InspectionRefused");
        // the enterprise is free for a new inspection
        expect(start("zd-inspector", unplanned(enterprise, "SPECIAL", "MONITORING_ALERT")), 201);
    }

    @Test
    void an_accident_starts_at_once_and_its_late_approval_shows_as_overdue() {
        long enterprise = zhengdingEnterprise();
        Map<String, Object> body = unplanned(enterprise, "SPECIAL", "ACCIDENT");
        LocalDateTime twoDaysAgo = LocalDateTime.now(ZONE).minusDays(2).withNano(0);
        body.put("startedAt", twoDaysAgo.toString());
        JsonNode i = expect(start("zd-inspector", body), 201).json();
        assertThat(text(i, "status")).isEqualTo("IN_PROGRESS");
        assertThat(i.path("urgent").asBoolean()).isTrue();
        assertThat(text(i, "approvalDueAt")).startsWith(twoDaysAgo.plusHours(24).toString().substring(0, 16));
        assertThat(text(i, "approvalDueSource")).contains("国办发〔2024〕54号");
        assertThat(i.path("approvalOverdue").asBoolean()).isTrue();
        JsonNode list = api("zd-chief").getJson("/api/v1/inspections?enterpriseId=" + enterprise);
        assertThat(list.path("items").get(0).path("approvalOverdue").asBoolean()).isTrue();
        // an imminent danger is urgent too, and a complaint is not
        long other = zhengdingEnterprise();
        Map<String, Object> danger = unplanned(other, "SPECIAL", "MONITORING_ALERT");
        danger.put("imminentDanger", true);
        JsonNode d = expect(start("zd-inspector", danger), 201).json();
        assertThat(text(d, "status")).isEqualTo("IN_PROGRESS");
        assertThat(d.path("approvalOverdue").asBoolean()).isFalse();
        // the approval confirms the urgent start
        JsonNode approved = expect(api("zd-chief").post("/api/v1/inspections/" + d.path("id").asLong()
                + "/approval", "{}"), 200).json();
        assertThat(approved.path("approvalPending").asBoolean()).isFalse();
    }

    @Test
    void unplanned_needs_a_trigger_and_a_kind_that_is_not_only_planned() {
        long enterprise = zhengdingEnterprise();
        Map<String, Object> noTrigger = unplanned(enterprise, "SPECIAL", null);
        assertThat(errorsFor(problem(start("zd-inspector", noTrigger), 400), "trigger")).hasSize(1);
        assertThat(errorsFor(problem(start("zd-inspector", unplanned(enterprise, "FULL_COVERAGE", "COMPLAINT")),
                400), "kind")).hasSize(1);
        assertThat(errorsFor(problem(start("zd-inspector", unplanned(enterprise, "COMPLAINT_CHECK", "ACCIDENT")),
                400), "kind")).hasSize(1);
        assertThat(errorsFor(problem(start("zd-inspector", unplanned(enterprise, "SPECIAL", "WEATHER")), 400),
                "trigger")).hasSize(1);
        Map<String, Object> future = unplanned(enterprise, "SPECIAL", "ACCIDENT");
        future.put("startedAt", LocalDateTime.now(ZONE).plusDays(1).withNano(0).toString());
        assertThat(errorsFor(problem(start("zd-inspector", future), 400), "startedAt")).hasSize(1);
        Map<String, Object> notATime = unplanned(enterprise, "SPECIAL", "ACCIDENT");
        notATime.put("startedAt", "yesterday");
        assertThat(errorsFor(problem(start("zd-inspector", notATime), 400), "startedAt")).hasSize(1);
    }

    // ---- jurisdiction ----

    @Test
    void a_county_cannot_inspect_the_citys_enterprise_nor_another_province_the_countys() {
        long cityEnterprise = shijiazhuangEnterprise();
        assertThat(errorsFor(problem(start("zd-inspector", unplanned(cityEnterprise, "SPECIAL", "COMPLAINT")), 400),
                "enterpriseId")).hasSize(1);
        long countyEnterprise = zhengdingEnterprise();
        Map<String, Object> tianjin = unplanned(countyEnterprise, "SPECIAL", "COMPLAINT");
        tianjin.put("inspectors", List.of("bh-inspector", "zd-inspector"));
        assertThat(errorsFor(problem(start("bh-inspector", tianjin), 400), "enterpriseId")).hasSize(1);
        // the city's supervisor reads the county's enterprise but does not act on it
        Map<String, Object> city = unplanned(countyEnterprise, "SPECIAL", "COMPLAINT");
        city.put("inspectors", List.of("sjz-inspector", "sjz-inspector2"));
        problem(start("sjz-supervisor", city), 403);
        // an admin without an inspector's role starts nothing
        problem(start("admin", unplanned(countyEnterprise, "SPECIAL", "COMPLAINT")), 403);
    }

    // ---- stages ----

    @Test
    void the_stages_of_a_key_enterprise_go_in_order_with_who_was_present() {
        long item = planItem("KEY");
        long id = expect(start("zd-inspector", planned(item, "FULL_COVERAGE")), 201).json().path("id").asLong();
        String now = LocalDateTime.now(ZONE).minusMinutes(30).withNano(0).toString();
        JsonNode early = problem(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/ONSITE",
                Http.json(Map.of("at", now))), 409);
        assertThat(text(early, "detail")).contains("执法告知", "现场检查");
        long last = lastEntryId();
        Map<String, Object> notice = new HashMap<>();
        notice.put("at", now);
        notice.put("note", "出示执法证件，告知检查事项及权利义务");
        notice.put("present", List.of(Map.of("role", "MAIN_RESPONSIBLE", "name", "赵总"),
                Map.of("role", "SAFETY_MANAGER", "name", "钱安全")));
        JsonNode afterNotice = expect(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/NOTICE",
                Http.json(notice)), 200).json();
        assertThat(afterNotice.path("stages").get(0).path("present").findValuesAsString("name"))
                .containsExactly("赵总", "钱安全");
        Entry e = onlyEntrySince(last);
        assertThat(e.action()).isEqualTo("InspectionStageRecorded");
        JsonNode badRole = problem(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/ONSITE",
                Http.json(Map.of("at", now, "present", List.of(Map.of("role", "BOSS", "name", "孙"))))), 400);
        assertThat(errorsFor(badRole, "present[0].role")).hasSize(1);
        expect(api("zd-inspector2").put("/api/v1/inspections/" + id + "/stages/ONSITE",
                Http.json(Map.of("at", now, "present", List.of(Map.of("role", "OPERATOR", "name", "李工"))))), 200);
        JsonNode before = problem(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/FEEDBACK",
                Http.json(Map.of("at", LocalDateTime.now(ZONE).minusHours(3).withNano(0).toString()))), 400);
        assertThat(errorsFor(before, "at")).hasSize(1);
        JsonNode done = expect(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/FEEDBACK",
                Http.json(Map.of("note", "反馈检查发现的问题"))), 200).json();
        assertThat(done.path("stages").findValuesAsString("stage")).containsExactly("NOTICE", "ONSITE", "FEEDBACK");
        problem(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/LUNCH", "{}"), 400);
        // an inspector of another department neither sees nor records it
        problem(api("sjz-inspector").put("/api/v1/inspections/" + id + "/stages/NOTICE", Http.json(notice)), 404);
    }

    @Test
    void an_unannounced_visit_gives_no_notice_and_starts_with_the_onsite_stage() {
        long enterprise = zhengdingEnterprise();
        Map<String, Object> body = unplanned(enterprise, "UNANNOUNCED", "ACCIDENT");
        long id = expect(start("zd-inspector", body), 201).json().path("id").asLong();
        JsonNode notice = problem(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/NOTICE",
                Http.json(Map.of("note", "告知"))), 409);
        assertThat(text(notice, "detail")).contains("不事先告知");
        expect(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/ONSITE", "{}"), 200);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_overwritten() {
        long enterprise = zhengdingEnterprise();
        JsonNode i = expect(start("zd-inspector", unplanned(enterprise, "SPECIAL", "ACCIDENT")), 201).json();
        long id = i.path("id").asLong();
        long seen = i.path("version").asLong();
        expect(api("zd-inspector").put("/api/v1/inspections/" + id + "/stages/NOTICE",
                Http.json(Map.of("note", "第一次", "version", seen))), 200);
        problem(api("zd-inspector2").put("/api/v1/inspections/" + id + "/stages/NOTICE",
                Http.json(Map.of("note", "第二次", "version", seen))), 409);
        JsonNode read = api("zd-inspector").getJson("/api/v1/inspections/" + id);
        assertThat(text(read.path("stages").get(0), "note")).isEqualTo("第一次");
    }

    // ---- transfers ----

    @Test
    void a_matter_is_transferred_to_another_department_with_when_and_who() {
        long enterprise = zhengdingEnterprise();
        long id = expect(start("zd-inspector", unplanned(enterprise, "SPECIAL", "ACCIDENT")), 201).json()
                .path("id").asLong();
        JsonNode missing = problem(api("zd-inspector").post("/api/v1/inspections/" + id + "/transfers",
                Http.json(Map.of("toDepartment", "", "matter", ""))), 400);
        assertThat(Http.errorFields(missing)).containsExactly("toDepartment", "matter");
        long last = lastEntryId();
        JsonNode t = expect(api("zd-inspector2").post("/api/v1/inspections/" + id + "/transfers",
                Http.json(Map.of("toDepartment", "正定县市场监督管理局", "matter", "压力容器未按期检验"))), 201).json();
        assertThat(text(t, "toDepartment")).isEqualTo("正定县市场监督管理局");
        assertThat(text(t, "transferredBy")).isEqualTo("zd-inspector2");
        assertThat(text(t, "transferredAt")).isNotBlank();
        assertThat(onlyEntrySince(last).action()).isEqualTo("InspectionTransferred");
        assertThat(api("zd-inspector").getJson("/api/v1/inspections/" + id).path("transfers")).hasSize(1);
    }

    // ---- the list ----

    @Test
    void the_list_pages_by_keyset_within_the_scope_and_filters_by_enterprise_and_dates() {
        long enterprise = zhengdingEnterprise();
        long first = expect(start("zd-inspector", unplanned(enterprise, "SPECIAL", "COMPLAINT")), 201).json()
                .path("id").asLong();
        expect(api("zd-chief").post("/api/v1/inspections/" + first + "/refusal",
                Http.json(Map.of("reason", "重复"))), 200);
        Map<String, Object> second = unplanned(enterprise, "SPECIAL", "ACCIDENT");
        second.put("startedAt", LocalDate.now(ZONE).minusDays(1) + "T08:00");
        long secondId = expect(start("zd-inspector", second), 201).json().path("id").asLong();
        JsonNode page1 = api("zd-inspector").getJson("/api/v1/inspections?size=1&enterpriseId=" + enterprise);
        assertThat(page1.path("items")).hasSize(1);
        assertThat(page1.path("items").get(0).path("id").asLong()).isEqualTo(first);
        JsonNode page2 = api("zd-inspector").getJson("/api/v1/inspections?size=1&enterpriseId=" + enterprise
                + "&after=" + text(page1, "next"));
        assertThat(page2.path("items").get(0).path("id").asLong()).isEqualTo(secondId);
        assertThat(page2.path("next").isNull()).isTrue();
        String yesterday = LocalDate.now(ZONE).minusDays(1).toString();
        JsonNode day = api("zd-inspector").getJson("/api/v1/inspections?enterpriseId=" + enterprise + "&from="
                + yesterday + "&to=" + yesterday);
        assertThat(day.path("items").findValuesAsString("status")).containsExactly("IN_PROGRESS");
        assertThat(api("sjz-inspector").getJson("/api/v1/inspections?enterpriseId=" + enterprise).path("items"))
                .isEmpty();
        assertThat(api("bh-inspector").getJson("/api/v1/inspections?enterpriseId=" + enterprise).path("items"))
                .isEmpty();
        problem(api("zd-inspector").get("/api/v1/inspections?size=0"), 400);
        problem(api("zd-inspector").get("/api/v1/inspections?from=2026-13-01"), 400);
    }

    // ---- concurrency and the repeat alert ----

    @Test
    void two_starts_at_the_same_moment_make_one_inspection_and_a_conflict() throws Exception {
        long enterprise = zhengdingEnterprise();
        String body = Http.json(unplanned(enterprise, "SPECIAL", "COMPLAINT"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                Callable<Integer> call = () -> {
                    go.await();
                    return api("zd-inspector").post("/api/v1/inspections", body).status();
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc().sql("SELECT count(*) FROM inspection WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void at_the_provinces_cap_a_planned_start_needs_the_acknowledgement_and_an_unplanned_one_shows_the_warning() {
        long item = planItem("KEY");
        long enterprise = jdbc().sql("SELECT enterprise_id FROM plan_item WHERE id = ?").param(item)
                .query(Long.class).single();
        long already = jdbc().sql("""
                        SELECT count(*) FROM inspection WHERE enterprise_id = ? AND status <> 'REFUSED'
                          AND started_at >= DATE '2026-01-01' AND started_at < DATE '2027-01-01'""")
                .param(enterprise).query(Long.class).single();
        // a completed inspection by the city this year: inspections by any department count
        long city = department(SHIJIAZHUANG);
        jdbc().sql("""
                        INSERT INTO inspection (id, department_id, division_code, city_code, province_code,
                            enterprise_id, kind, trigger, status, started_at, completed_at, created_by, created_at)
                        SELECT nextval('inspection_seq'), ?, e.division_code, e.city_code, e.province_code, e.id,
                               'SPECIAL', 'COMPLAINT', 'COMPLETED', TIMESTAMPTZ '2026-03-02 10:00+08',
                               TIMESTAMPTZ '2026-03-02 16:00+08', 'sjz-inspector', now()
                        FROM enterprise e WHERE e.id = ?""")
                .param(city).param(enterprise).update();
        long cap = already + 1;
        jdbc().sql("INSERT INTO rule_parameter (key, province_code, effective_from, value, source)"
                        + " VALUES ('plan.inspection-cap', '130000', DATE '2026-01-01', ?, '测试：省定年度检查上限')")
                .param(cap).update();
        try {
            JsonNode refused = problem(start("zd-inspector", planned(item, "FULL_COVERAGE")), 409);
            assertThat(errorsFor(refused, "acknowledgeRepeat")).singleElement().asString()
                    .contains(String.valueOf(cap));
            assertThat(refused.path("warnings").get(0).path("count").asLong()).isEqualTo(cap);
            assertThat(text(refused.path("warnings").get(0), "code")).isEqualTo("REPEAT_INSPECTION");
            Map<String, Object> acknowledged = planned(item, "FULL_COVERAGE");
            acknowledged.put("acknowledgeRepeat", true);
            JsonNode started = expect(start("zd-inspector", acknowledged), 201).json();
            assertThat(started.path("warnings").get(0).path("cap").asInt()).isEqualTo((int) cap);

            // unplanned: not limited, but counted and shown
            long fresh = zhengdingEnterprise();
            jdbc().sql("""
                            INSERT INTO inspection (id, department_id, division_code, city_code, province_code,
                                enterprise_id, kind, trigger, status, started_at, completed_at, created_by,
                                created_at)
                            SELECT nextval('inspection_seq'), ?, e.division_code, e.city_code, e.province_code,
                                   e.id, 'SPECIAL', 'COMPLAINT', 'COMPLETED', now() - interval '1 hour', now(),
                                   'sjz-inspector', now()
                            FROM enterprise e WHERE e.id = ?""")
                    .param(city).param(fresh).update();
            jdbc().sql("UPDATE rule_parameter SET value = 1 WHERE key = 'plan.inspection-cap'"
                    + " AND province_code = '130000' AND effective_from = DATE '2026-01-01'").update();
            JsonNode unplanned = expect(start("zd-inspector", unplanned(fresh, "SPECIAL", "ACCIDENT")), 201).json();
            assertThat(unplanned.path("warnings")).hasSize(1);
        } finally {
            jdbc().sql("DELETE FROM rule_parameter WHERE key = 'plan.inspection-cap' AND province_code = '130000'"
                    + " AND effective_from = DATE '2026-01-01'").update();
        }
    }
}
