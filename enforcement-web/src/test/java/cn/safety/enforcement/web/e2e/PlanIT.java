package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual plan's workflow over the API against the real database: drawing up (one per department and year, also
 * when two requests race), generation with its reasons, moves, the steps with their refusals, revisions, and the
 * 多层重复执法 check; jurisdiction refusals from another province, a county beside and the county below.
 */
class PlanIT extends EndToEndIT {


    private JsonNode drawUp(String username, int year) {
        return expect(api(username).post("/api/v1/plans", Http.json(Map.of("year", year))), 201).json();
    }

    private long enterprise(String sector, String riskGrade, String grade, String status) {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "计划测试" + code.substring(8, 17) + "有限公司");
        body.put("sector", sector);
        body.put("riskGrade", riskGrade);
        body.put("standardizationGrade", grade);
        body.put("status", status);
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    /** Every item of a plan, page after page. */
    private List<JsonNode> items(String username, long planId, String kind) {
        List<JsonNode> all = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = api(username).getJson("/api/v1/plans/" + planId + "/items?size=500"
                    + (kind == null ? "" : "&kind=" + kind) + after);
            all.addAll(page.path("items").values());
            if (page.path("next").isNull() || page.path("next").isMissingNode()) {
                return all;
            }
            after = "&after=" + page.path("next").asLong();
        }
    }

    private JsonNode itemOf(List<JsonNode> items, long enterpriseId) {
        return items.stream().filter(i -> i.path("enterprise").path("id").asLong() == enterpriseId).findFirst()
                .orElse(null);
    }

    @Test
    void a_plan_is_drawn_up_once_per_department_and_year() {
        int year = PlanYears.next();
        JsonNode plan = drawUp("zd-chief", year);
        assertThat(plan.path("year").asInt()).isEqualTo(year);
        assertThat(plan.path("version").asInt()).isEqualTo(1);
        assertThat(text(plan, "status")).isEqualTo("DRAFT");
        assertThat(text(plan.path("department"), "divisionCode")).isEqualTo(ZHENGDING);
        assertThat(plan.path("department").path("id").asLong()).isEqualTo(demo().departmentId(ZHENGDING));

        JsonNode second = problem(api("zd-inspector").post("/api/v1/plans", Http.json(Map.of("year", year))), 409);
        assertThat(text(second, "detail")).contains(String.valueOf(year));
        assertThat(api("zd-inspector").getJson("/api/v1/plans?year=" + year).path("items").values())
                .extracting(p -> p.path("id").asLong()).containsExactly(plan.path("id").asLong());
    }

    @Test
    void two_requests_drawing_up_the_same_plan_at_once_get_one_plan_and_one_conflict() throws Exception {
        int year = PlanYears.next();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> call = () -> api("zd-chief").post("/api/v1/plans", Http.json(Map.of("year", year)))
                    .status();
            List<Future<Integer>> answers = pool.invokeAll(List.of(call, call));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc().sql("SELECT count(*) FROM plan WHERE year = ? AND department_id = ?")
                .params(year, demo().departmentId(ZHENGDING)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void generation_lists_each_key_enterprise_with_its_reasons_and_inspections_and_only_its_own() {
        long mine = enterprise("MINING", "RED", "LEVEL_1", "OPERATING");
        long suspended = enterprise("OTHER", "BLUE", "NONE", "SUSPENDED");
        long ordinary = enterprise("OTHER", "YELLOW", "NONE", "OPERATING");
        long cityOwned = demo().createEnterpriseId("sjz-inspector", ZHENGDING);
        long plan = drawUp("zd-chief", PlanYears.next()).path("id").asLong();

        JsonNode generated = expect(api("zd-inspector").post("/api/v1/plans/" + plan + "/generate", "{}"), 200)
                .json();
        assertThat(text(generated, "ruleSet")).startsWith("PLAN-RULES-2/");

        List<JsonNode> key = items("zd-inspector", plan, "KEY");
        JsonNode m = itemOf(key, mine);
        assertThat(m).as("the red mine").isNotNull();
        assertThat(m.path("reasons").values()).extracting(r -> text(r, "code")).containsExactly("HIGH_RISK_SECTOR");
        assertThat(text(m.path("reasons").get(0), "text")).contains("矿山");
        assertThat(m.path("requiredInspections").asInt()).isEqualTo(1);
        assertThat(m.path("month").asInt()).isBetween(1, 12);
        JsonNode s = itemOf(key, suspended);
        assertThat(s.path("reasons").values()).extracting(r -> text(r, "code")).containsExactly("SUSPENDED");
        assertThat(s.path("requiredInspections").asInt()).isEqualTo(2);
        assertThat(itemOf(key, ordinary)).as("an ordinary enterprise").isNull();
        assertThat(itemOf(items("zd-inspector", plan, null), cityOwned)).as("the city's enterprise").isNull();
    }

    @Test
    void a_recorded_fatal_accident_and_a_duty_finding_make_enterprises_key_with_two_inspections() {
        long accident = enterprise("OTHER", "BLUE", "LEVEL_2", "OPERATING");
        long duty = enterprise("INDUSTRY_TRADE", "YELLOW", "NONE", "OPERATING");
        long injuryOnly = enterprise("OTHER", "BLUE", "NONE", "OPERATING");
        Map<String, Object> fatal = new java.util.LinkedHashMap<>();
        fatal.put("enterpriseId", accident);
        fatal.put("occurredAt", LocalDate.now().minusYears(1) + "T09:30:00+08:00");
        fatal.put("place", "二号车间");
        fatal.put("category", "机械伤害");
        fatal.put("deaths", 1);
        fatal.put("seriousInjuries", 0);
        fatal.put("directLossTenThousandYuan", 80);
        fatal.put("summary", "检修时未停机，一人死亡。");
        expect(api("zd-inspector").post("/api/v1/accidents", Http.json(fatal)), 201);
        fatal.put("enterpriseId", injuryOnly);
        fatal.put("deaths", 0);
        fatal.put("seriousInjuries", 1);
        expect(api("zd-inspector").post("/api/v1/accidents", Http.json(fatal)), 201);
        expect(api("zd-inspector").post("/api/v1/enterprises/" + duty + "/duty-findings", Http.json(Map.of(
                "finding", "主要负责人安全责任不落实", "foundOn", LocalDate.now().minusMonths(2).toString()))), 201);
        long plan = drawUp("zd-chief", PlanYears.next()).path("id").asLong();
        expect(api("zd-chief").post("/api/v1/plans/" + plan + "/generate", "{}"), 200);

        List<JsonNode> key = items("zd-chief", plan, "KEY");
        JsonNode a = itemOf(key, accident);
        assertThat(a.path("reasons").values()).extracting(r -> text(r, "code")).containsExactly("FATAL_ACCIDENT");
        assertThat(a.path("requiredInspections").asInt()).isEqualTo(2);
        JsonNode d = itemOf(key, duty);
        assertThat(d.path("reasons").values()).extracting(r -> text(r, "code")).containsExactly("DUTY_FINDING");
        assertThat(d.path("requiredInspections").asInt()).isEqualTo(2);
        assertThat(itemOf(key, injuryOnly)).as("an accident without deaths").isNull();
        JsonNode refused = problem(api("zd-chief").put("/api/v1/plans/" + plan + "/items/" + a.path("id").asLong(),
                Http.json(Map.of("moveToSpotCheck", true, "reason", "守法", "version", a.path("version").asLong()))),
                400);
        assertThat(Http.errorsFor(refused, "moveToSpotCheck")).singleElement().asString().contains("动态检查");
    }

    @Test
    void a_supervisor_moves_a_law_abiding_key_enterprise_and_keeps_the_move_on_regeneration() {
        long mine = enterprise("MINING", "ORANGE", "LEVEL_1", "OPERATING");
        long suspended = enterprise("FIREWORKS", "RED", "LEVEL_1", "SUSPENDED");
        long plan = drawUp("zd-chief", PlanYears.next()).path("id").asLong();
        expect(api("zd-chief").post("/api/v1/plans/" + plan + "/generate", "{}"), 200);
        JsonNode item = itemOf(items("zd-chief", plan, "KEY"), mine);
        String path = "/api/v1/plans/" + plan + "/items/" + item.path("id").asLong();
        Map<String, Object> move = Map.of("moveToSpotCheck", true, "reason", "安全生产标准化一级企业",
                "version", item.path("version").asLong(), "month", 4);

        expect(api("zd-inspector").put(path, Http.json(move)), 403);
        JsonNode moved = expect(api("zd-chief").put(path, Http.json(move)), 200).json();
        assertThat(text(moved, "kind")).isEqualTo("SPOT_CHECK");
        assertThat(moved.path("requiredInspections").asInt()).isZero();
        assertThat(moved.path("month").asInt()).isEqualTo(4);
        assertThat(text(moved, "movedReason")).isEqualTo("安全生产标准化一级企业");

        JsonNode stale = problem(api("zd-chief").put(path, Http.json(move)), 409);
        assertThat(text(stale, "detail")).isNotBlank();

        JsonNode triggered = itemOf(items("zd-chief", plan, "KEY"), suspended);
        JsonNode refused = problem(api("zd-chief").put("/api/v1/plans/" + plan + "/items/"
                + triggered.path("id").asLong(), Http.json(Map.of("moveToSpotCheck", true, "reason", "标准化一级",
                "version", triggered.path("version").asLong()))), 400);
        assertThat(Http.errorsFor(refused, "moveToSpotCheck")).singleElement().asString().contains("动态检查");

        expect(api("zd-chief").post("/api/v1/plans/" + plan + "/generate", "{}"), 200);
        JsonNode kept = itemOf(items("zd-chief", plan, "SPOT_CHECK"), mine);
        assertThat(kept).as("the move survives a new generation").isNotNull();
        assertThat(kept.path("month").asInt()).isEqualTo(4);
        assertThat(kept.path("reasons").values()).extracting(r -> text(r, "code"))
                .containsExactly("HIGH_RISK_SECTOR", "MOVED_TO_SPOT_CHECK");
    }

    @Test
    void the_steps_go_in_order_and_a_step_out_of_order_names_the_current_status() {
        long plan = drawUp("zd-chief", PlanYears.next()).path("id").asLong();
        String base = "/api/v1/plans/" + plan;
        Map<String, Object> approval = Map.of("approvedBy", "正定县人民政府", "documentNumber", "正政字〔2026〕9号",
                "approvedOn", LocalDate.now().minusDays(1).toString());

        JsonNode early = problem(api("zd-chief").post(base + "/approve", Http.json(approval)), 409);
        assertThat(text(early, "detail")).contains("草稿", "DRAFT");
        expect(api("zd-inspector").post(base + "/submit", "{}"), 200);
        JsonNode again = problem(api("zd-inspector").post(base + "/submit", "{}"), 409);
        assertThat(text(again, "detail")).contains("已报批", "SUBMITTED");

        expect(api("zd-inspector").post(base + "/approve", Http.json(approval)), 403);
        expect(api("zd-inspector").post(base + "/return", Http.json(Map.of("reason", "x"))), 403);
        JsonNode noReason = problem(api("zd-chief").post(base + "/return", Http.json(Map.of("reason", " "))), 400);
        assertThat(Http.errorFields(noReason)).containsExactly("reason");
        JsonNode returned = expect(api("zd-chief").post(base + "/return",
                Http.json(Map.of("reason", "重点企业名单需补充"))), 200).json();
        assertThat(text(returned, "status")).isEqualTo("DRAFT");
        assertThat(text(returned, "returnReason")).isEqualTo("重点企业名单需补充");

        expect(api("zd-inspector").post(base + "/submit", "{}"), 200);
        JsonNode approved = expect(api("zd-chief").post(base + "/approve", Http.json(approval)), 200).json();
        assertThat(text(approved, "status")).isEqualTo("APPROVED");
        assertThat(text(approved, "documentNumber")).isEqualTo("正政字〔2026〕9号");
        assertThat(text(approved, "approvedBy")).isEqualTo("正定县人民政府");
        JsonNode generateApproved = problem(api("zd-chief").post(base + "/generate", "{}"), 409);
        assertThat(text(generateApproved, "detail")).contains("已批准");

        JsonNode revision = expect(api("zd-inspector").post(base + "/revisions", "{}"), 201).json();
        assertThat(revision.path("version").asInt()).isEqualTo(2);
        assertThat(text(revision, "status")).isEqualTo("DRAFT");
        assertThat(revision.path("revisesId").asLong()).isEqualTo(plan);
        problem(api("zd-inspector").post(base + "/revisions", "{}"), 409);
        String next = "/api/v1/plans/" + revision.path("id").asLong();
        expect(api("zd-inspector").post(next + "/submit", "{}"), 200);
        expect(api("zd-chief").post(next + "/approve", Http.json(approval)), 200);
        assertThat(text(api("zd-inspector").getJson(base), "status")).isEqualTo("SUPERSEDED");
        assertThat(text(api("zd-inspector").getJson(next), "status")).isEqualTo("APPROVED");
    }

    @Test
    void other_provinces_counties_beside_and_counties_below_neither_see_nor_act() {
        long plan = drawUp("zd-chief", PlanYears.next()).path("id").asLong();
        long cityPlan = drawUp("sjz-supervisor", PlanYears.next()).path("id").asLong();
        for (String outsider : List.of("bh-inspector", "tj-admin", "xt-inspector")) {
            expect(api(outsider).get("/api/v1/plans/" + plan), 404);
            expect(api(outsider).get("/api/v1/plans/" + plan + "/items"), 404);
            expect(api(outsider).post("/api/v1/plans/" + plan + "/generate", "{}"), 404);
            expect(api(outsider).post("/api/v1/plans/" + plan + "/submit", "{}"), 404);
            assertThat(api(outsider).getJson("/api/v1/plans").path("items").values())
                    .extracting(p -> p.path("id").asLong()).doesNotContain(plan, cityPlan);
        }
        expect(api("zd-inspector").get("/api/v1/plans/" + cityPlan), 404);
        expect(api("zd-chief").post("/api/v1/plans/" + cityPlan + "/submit", "{}"), 404);
        // the city reads the county's plan but acts only on its own
        expect(api("sjz-supervisor").get("/api/v1/plans/" + plan), 200);
        expect(api("sjz-supervisor").post("/api/v1/plans/" + plan + "/submit", "{}"), 403);
    }

    @Test
    void an_upper_department_cannot_add_an_enterprise_the_county_already_plans_and_is_told_which_county() {
        int year = PlanYears.next();
        long planned = enterprise("HAZARDOUS_CHEMICALS", "RED", "NONE", "OPERATING");
        long notPlanned = enterprise("OTHER", "BLUE", "NONE", "OPERATING");
        long county = drawUp("zd-chief", year).path("id").asLong();
        expect(api("zd-chief").post("/api/v1/plans/" + county + "/generate", "{}"), 200);
        long city = drawUp("sjz-supervisor", year).path("id").asLong();

        JsonNode refused = problem(api("sjz-supervisor").post("/api/v1/plans/" + city + "/items", Http.json(Map.of(
                "enterpriseId", planned, "kind", "SUPERVISION", "reason", "市级督查"))), 400);
        assertThat(Http.errorsFor(refused, "enterpriseId")).singleElement().asString()
                .contains(Demo.ZHENGDING_DEPARTMENT);

        JsonNode added = expect(api("sjz-supervisor").post("/api/v1/plans/" + city + "/items", Http.json(Map.of(
                "enterpriseId", notPlanned, "kind", "CROSS_CHECK", "reason", "交叉互检"))), 201).json();
        assertThat(text(added, "kind")).isEqualTo("CROSS_CHECK");
        assertThat(added.path("reasons").get(0).path("text").asString()).isEqualTo("交叉互检");
        // the county cannot add its own enterprises by hand
        problem(api("zd-chief").post("/api/v1/plans/" + county + "/items", Http.json(Map.of(
                "enterpriseId", notPlanned, "kind", "SUPERVISION", "reason", "x"))), 400);
    }
}
