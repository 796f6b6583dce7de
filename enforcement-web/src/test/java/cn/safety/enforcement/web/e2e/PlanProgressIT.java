package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 计划执行进度 against the real database: plans, items and inspections written as rows here (a plan year of this test
 * alone, {@value #YEAR}, every month of it passed), and the figures the API and the pages give checked against the same
 * figures counted here from those rows. A county sees itself, a city itself and its counties, another province
 * nothing (404).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanProgressIT extends EndToEndIT {

    /** No other test plans this year (see PlanYears): long past, so that every month of it has passed. */
    static final int YEAR = 2012;

    /** An inspection written for an item: its status, and whether it was made for the earlier plan version's item. */
    record Visit(String status, boolean forEarlierVersion) {
    }

    /** An item as written, with the inspections made for it. */
    record Row(String kind, int required, Integer month, List<Visit> visits) {

        long completed() {
            return visits.stream().filter(v -> v.status().equals("COMPLETED")).count();
        }

        boolean done() {
            return required > 0 && completed() >= required;
        }

        boolean overdue() {
            // every month of YEAR has passed
            return required > 0 && month != null && completed() == 0;
        }
    }

    private static final List<Row> ZHENGDING_ROWS = List.of(
            new Row("KEY", 2, 3, List.of(new Visit("COMPLETED", true), new Visit("COMPLETED", false))),
            new Row("KEY", 1, 5, List.of(new Visit("IN_PROGRESS", false))),
            new Row("KEY", 2, 4, List.of(new Visit("COMPLETED", false))),
            new Row("KEY", 1, null, List.of()),
            new Row("SPOT_CHECK", 1, 6, List.of(new Visit("COMPLETED", false))),
            new Row("SPOT_CHECK", 0, null, List.of()),
            new Row("SPOT_CHECK", 1, 7, List.of(new Visit("REFUSED", false))));

    private static final List<Row> CITY_ROWS = List.of(
            new Row("KEY", 1, 1, List.of(new Visit("COMPLETED", false))),
            new Row("KEY", 1, 2, List.of()));

    private long zhengdingDepartment;
    private long cityDepartment;
    private long zhengdingPlan;
    private long zhengdingEarlierPlan;
    private long cityPlan;
    private final List<Long> zhengdingItems = new ArrayList<>();

    @BeforeAll
    void writeThePlansAndInspections() {
        zhengdingDepartment = demo().departmentId(ZHENGDING);
        cityDepartment = demo().departmentId(SHIJIAZHUANG);
        zhengdingEarlierPlan = plan(zhengdingDepartment, ZHENGDING, 1, "SUPERSEDED", null);
        zhengdingPlan = plan(zhengdingDepartment, ZHENGDING, 2, "APPROVED", zhengdingEarlierPlan);
        cityPlan = plan(cityDepartment, SHIJIAZHUANG, 1, "APPROVED", null);
        for (Row row : ZHENGDING_ROWS) {
            long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
            long earlier = item(zhengdingEarlierPlan, zhengdingDepartment, enterprise, row.kind(), row.required(),
                    row.month());
            long item = item(zhengdingPlan, zhengdingDepartment, enterprise, row.kind(), row.required(), row.month());
            zhengdingItems.add(item);
            for (Visit v : row.visits()) {
                inspection(zhengdingDepartment, ZHENGDING, enterprise, v.forEarlierVersion() ? earlier : item,
                        v.status(), "zd-inspector");
            }
            // an unplanned inspection (a complaint) fulfils no plan item
            if (row.month() != null && row.month() == 3) {
                unplannedInspection(zhengdingDepartment, ZHENGDING, enterprise);
            }
        }
        for (Row row : CITY_ROWS) {
            long enterprise = demo().createEnterpriseId("sjz-inspector", ZHENGDING);
            long item = item(cityPlan, cityDepartment, enterprise, row.kind(), row.required(), row.month());
            for (Visit v : row.visits()) {
                inspection(cityDepartment, SHIJIAZHUANG, enterprise, item, v.status(), "sjz-inspector");
            }
        }
    }

    @Test
    void a_county_supervisor_sees_the_countys_figures_counted_from_its_items_and_completed_inspections() {
        JsonNode progress = api("zd-chief").getJson("/api/v1/plans/" + zhengdingPlan + "/progress");
        assertThat(progress.path("year").asInt()).isEqualTo(YEAR);
        assertThat(progress.path("monthsPassed").asInt()).isEqualTo(12);
        assertThat(progress.path("departments").values()).extracting(d -> d.path("departmentId").asLong())
                .containsExactly(zhengdingDepartment);
        JsonNode county = progress.path("departments").get(0);
        assertThat(county.path("planId").asLong()).as("the approved version, not the superseded one")
                .isEqualTo(zhengdingPlan);
        assertFigures(county.path("figures"), ZHENGDING_ROWS);
        assertFigures(progress.path("totals"), ZHENGDING_ROWS);
        // the expected figures of these rows, spelled out once so that the counting above cannot drift unseen
        assertThat(county.path("figures").path("keyItems").asLong()).isEqualTo(4);
        assertThat(county.path("figures").path("keyCovered").asLong()).as("2 of 2, one for the earlier version")
                .isEqualTo(1);
        assertThat(county.path("figures").path("overdue").asLong()).isEqualTo(2);
        assertThat(county.path("figures").path("keyCoveragePercent").asInt()).isEqualTo(25);
    }

    @Test
    void a_city_supervisor_sees_the_city_and_each_county_below_and_the_totals() {
        JsonNode progress = api("sjz-supervisor").getJson("/api/v1/plans/" + cityPlan + "/progress");
        List<JsonNode> departments = progress.path("departments").values().stream().toList();
        assertThat(departments.get(0).path("departmentId").asLong()).as("the city's own row first")
                .isEqualTo(cityDepartment);
        assertThat(departments).extracting(d -> d.path("departmentId").asLong())
                .contains(zhengdingDepartment, demo().departmentId(Demo.XINGTANG))
                .doesNotContain(demo().departmentId(Demo.HEBEI), demo().departmentId(Demo.TIANJIN));
        JsonNode county = departments.stream()
                .filter(d -> d.path("departmentId").asLong() == zhengdingDepartment).findFirst().orElseThrow();
        assertThat(county.path("planId").asLong()).isEqualTo(zhengdingPlan);
        assertFigures(county.path("figures"), ZHENGDING_ROWS);
        assertFigures(departments.get(0).path("figures"), CITY_ROWS);
        JsonNode xingtang = departments.stream()
                .filter(d -> d.path("departmentId").asLong() == demo().departmentId(Demo.XINGTANG)).findFirst()
                .orElseThrow();
        assertThat(xingtang.path("planId").isNull()).as("行唐县 has no plan of %s", YEAR).isTrue();
        List<Row> all = new ArrayList<>(ZHENGDING_ROWS);
        all.addAll(CITY_ROWS);
        assertFigures(progress.path("totals"), all);
    }

    @Test
    void a_county_never_sees_the_citys_progress_and_another_province_sees_neither() {
        expect(api("zd-chief").get("/api/v1/plans/" + cityPlan + "/progress"), 404);
        expect(api("zd-inspector").get("/api/v1/plans/" + cityPlan + "/progress"), 404);
        expect(api("tj-admin").get("/api/v1/plans/" + zhengdingPlan + "/progress"), 404);
        expect(api("bh-inspector").get("/api/v1/plans/" + cityPlan + "/progress/items"), 404);
        expect(api("zd-chief").get("/api/v1/plans/999999999/progress"), 404);
        // an inspector reads the own department's plan, but not below (there is nothing below a county anyway)
        JsonNode own = api("sjz-inspector").getJson("/api/v1/plans/" + cityPlan + "/progress");
        assertThat(own.path("departments").values()).extracting(d -> d.path("departmentId").asLong())
                .containsExactly(cityDepartment);
    }

    @Test
    void the_items_behind_each_figure_are_listed_by_id_and_page_by_page() {
        List<Long> overdue = ids("OVERDUE", null, 50);
        List<Long> open = ids("OPEN", null, 50);
        List<Long> done = ids("DONE", null, 50);
        List<Long> expectedOverdue = new ArrayList<>();
        List<Long> expectedOpen = new ArrayList<>();
        List<Long> expectedDone = new ArrayList<>();
        for (int i = 0; i < ZHENGDING_ROWS.size(); i++) {
            Row row = ZHENGDING_ROWS.get(i);
            if (row.required() == 0) {
                continue;
            }
            (row.done() ? expectedDone : expectedOpen).add(zhengdingItems.get(i));
            if (row.overdue()) {
                expectedOverdue.add(zhengdingItems.get(i));
            }
        }
        assertThat(overdue).containsExactlyElementsOf(expectedOverdue);
        assertThat(open).containsExactlyElementsOf(expectedOpen);
        assertThat(done).containsExactlyElementsOf(expectedDone);

        JsonNode first = api("zd-chief").getJson("/api/v1/plans/" + zhengdingPlan
                + "/progress/items?filter=OPEN&size=2");
        assertThat(first.path("items").values()).hasSize(2);
        long next = first.path("next").asLong();
        assertThat(ids("OPEN", next, 50)).containsExactlyElementsOf(expectedOpen.subList(2, expectedOpen.size()));
        JsonNode inProgress = api("zd-chief").getJson("/api/v1/plans/" + zhengdingPlan
                + "/progress/items?filter=OVERDUE").path("items").get(0);
        assertThat(inProgress.path("state").asString()).as("begun but not completed").isEqualTo("IN_PROGRESS");
        assertThat(inProgress.path("overdue").asBoolean()).isTrue();
    }

    @Test
    void a_bad_filter_or_size_is_a_problem_naming_the_parameter_never_a_500() {
        Http.Response bad = api("zd-chief").get("/api/v1/plans/" + zhengdingPlan + "/progress/items?filter=LATE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("filter");
        Http.Response size = api("zd-chief").get("/api/v1/plans/" + zhengdingPlan + "/progress/items?size=0");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.body()).contains("size");
    }

    @Test
    void the_progress_page_shows_a_row_per_department_and_leads_to_the_overdue_items() {
        Http.Browser city = browser("sjz-supervisor");
        String page = expect(city.get("/plans/" + cityPlan + "/progress"), 200).body();
        assertThat(Html.byId(page, "key-" + zhengdingDepartment)).startsWith("1 / 4");
        assertThat(Html.byId(page, "overdue-" + zhengdingDepartment)).isEqualTo("2");
        assertThat(Html.byId(page, "overdue-" + cityDepartment)).isEqualTo("1");
        assertThat(Html.links(page, "/plans/" + zhengdingPlan + "/progress/items\\?filter=OVERDUE")).hasSize(1);
        String items = expect(city.get("/plans/" + zhengdingPlan + "/progress/items?filter=OVERDUE"), 200).body();
        assertThat(Html.links(items, "/enterprises/\\d+")).hasSize(2);

        Http.Browser county = browser("zd-chief");
        expect(county.get("/plans/" + cityPlan + "/progress"), 404);
        expect(county.get("/plans/" + cityPlan + "/progress/items"), 404);
        String own = expect(county.get("/plans/progress?year=" + YEAR), 200).body();
        assertThat(Html.byId(own, "spot-" + zhengdingDepartment)).isEqualTo("1 / 2");
        assertThat(Html.byId(own, "spot-" + cityDepartment)).as("a county sees no row of the city").isNull();
    }

    @Test
    void the_inspectors_month_shows_each_items_state_and_the_inspections_they_are_named_on() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long plan = jdbc().sql("""
                        SELECT id FROM plan WHERE department_id = ? AND year = ? AND status <> 'SUPERSEDED'
                        ORDER BY status <> 'APPROVED', revision DESC LIMIT 1""")
                .params(zhengdingDepartment, today.getYear()).query(Long.class).single();
        long done = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long begun = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long other = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long doneItem = item(plan, zhengdingDepartment, done, "KEY", 1, today.getMonthValue(), today.getYear());
        long begunItem = item(plan, zhengdingDepartment, begun, "KEY", 2, today.getMonthValue(), today.getYear());
        long completed = inspection(zhengdingDepartment, ZHENGDING, done, doneItem, "COMPLETED", "zd-inspector",
                Instant.now());
        long open = inspection(zhengdingDepartment, ZHENGDING, begun, begunItem, "IN_PROGRESS", "zd-inspector",
                Instant.now());
        // an inspection another inspector is named on does not show
        long notMine = inspection(zhengdingDepartment, ZHENGDING, other, null, "IN_PROGRESS", "zd-chief",
                Instant.now());

        String page = expect(browser("zd-inspector").get("/plans/month"), 200).body();
        assertThat(Html.attributeById(page, "state-" + doneItem, "data-state")).isEqualTo("DONE");
        assertThat(Html.attributeById(page, "state-" + begunItem, "data-state")).isEqualTo("IN_PROGRESS");
        assertThat(Html.byId(page, "inspection-" + completed)).contains("已完成");
        assertThat(Html.byId(page, "inspection-" + open)).contains("检查中");
        assertThat(Html.byId(page, "inspection-" + notMine)).isNull();
        // the city's inspector is named on none of them and sees no item of the county
        String city = expect(browser("sjz-inspector").get("/plans/month"), 200).body();
        assertThat(Html.byId(city, "inspection-" + completed)).isNull();
        assertThat(Html.byId(city, "state-" + doneItem)).isNull();
    }

    @Test
    void the_progress_pages_and_the_month_read_well_on_a_phone_and_a_desktop() throws java.io.IOException {
        cn.safety.enforcement.web.Chromium.assumeInstalled();
        org.openqa.selenium.WebDriver driver = cn.safety.enforcement.web.Chromium.open(java.time.Duration.ofSeconds(5));
        try {
            cn.safety.enforcement.web.BrowserSession.signIn(driver, base(), "sjz-supervisor", PASSWORD);
            for (int width : new int[] {1280, 390}) {
                String suffix = width == 390 ? "-phone" : "";
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
                driver.get(base() + "/plans/" + cityPlan + "/progress");
                assertThat(driver.findElement(org.openqa.selenium.By.id("overdue-" + zhengdingDepartment)).getText())
                        .isEqualTo("2");
                assertNoSidewaysScrolling(driver, width);
                cn.safety.enforcement.web.BrowserSession.screenshot(driver, "plan-progress" + suffix);
                driver.findElement(org.openqa.selenium.By.cssSelector("#overdue-" + zhengdingDepartment + " a"))
                        .click();
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("filter=OVERDUE"));
                assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#progress-items > li"))).hasSize(2);
                assertNoSidewaysScrolling(driver, width);
                cn.safety.enforcement.web.BrowserSession.screenshot(driver, "plan-progress-items" + suffix);
            }
            driver.manage().deleteAllCookies();
            cn.safety.enforcement.web.BrowserSession.signIn(driver, base(), "zd-inspector", PASSWORD);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
            driver.get(base() + "/plans/month");
            assertThat(driver.findElement(org.openqa.selenium.By.id("mine-heading")).getText()).isEqualTo("我参与的检查");
            assertNoSidewaysScrolling(driver, 390);
            cn.safety.enforcement.web.BrowserSession.screenshot(driver, "plan-month-progress-phone");
        } finally {
            driver.quit();
        }
    }

    private static void assertNoSidewaysScrolling(org.openqa.selenium.WebDriver driver, int width) {
        Number scroll = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(scroll.intValue()).as("no sideways scrolling at %s px", width).isLessThanOrEqualTo(width);
    }

    private List<Long> ids(String filter, Long after, int size) {
        return api("zd-chief").getJson("/api/v1/plans/" + zhengdingPlan + "/progress/items?filter=" + filter
                        + "&size=" + size + (after == null ? "" : "&after=" + after))
                .path("items").values().stream().map(i -> i.path("id").asLong()).toList();
    }

    /** The figures counted here from the rows written, compared with those the application gives. */
    static void assertFigures(JsonNode figures, List<Row> rows) {
        List<Row> planned = rows.stream().filter(r -> r.required() > 0).toList();
        assertThat(figures.path("keyItems").asLong()).as("key items")
                .isEqualTo(planned.stream().filter(r -> r.kind().equals("KEY")).count());
        assertThat(figures.path("keyCovered").asLong()).as("key items covered")
                .isEqualTo(planned.stream().filter(r -> r.kind().equals("KEY") && r.done()).count());
        assertThat(figures.path("spotCheckItems").asLong()).as("spot checks")
                .isEqualTo(planned.stream().filter(r -> r.kind().equals("SPOT_CHECK")).count());
        assertThat(figures.path("spotCheckDone").asLong()).as("spot checks done")
                .isEqualTo(planned.stream().filter(r -> r.kind().equals("SPOT_CHECK") && r.done()).count());
        assertThat(figures.path("overdue").asLong()).as("overdue")
                .isEqualTo(planned.stream().filter(Row::overdue).count());
        assertThat(figures.path("items").asLong()).as("items").isEqualTo(planned.size());
        assertThat(figures.path("itemsDone").asLong()).as("items done")
                .isEqualTo(planned.stream().filter(Row::done).count());
        assertThat(figures.path("completedInspections").asLong()).as("completed inspections")
                .isEqualTo(planned.stream().mapToLong(Row::completed).sum());
    }

    private long plan(long department, String division, int revision, String status, Long revises) {
        return jdbc().sql("""
                        INSERT INTO plan (id, department_id, division_code, city_code, province_code, year, revision,
                                          revises_id, status, created_at)
                        SELECT nextval('plan_seq'), :department, d.code, d.city_code, d.province_code, :year,
                               :revision, :revises, :status, now()
                        FROM division d WHERE d.code = :division
                        RETURNING id""")
                .param("department", department).param("division", division).param("year", YEAR)
                .param("revision", revision).param("revises", revises).param("status", status)
                .query(Long.class).single();
    }

    private long item(long plan, long department, long enterprise, String kind, int required, Integer month) {
        return item(plan, department, enterprise, kind, required, month, YEAR);
    }

    private long item(long plan, long department, long enterprise, String kind, int required, Integer month,
                      int year) {
        return jdbc().sql("""
                        INSERT INTO plan_item (id, plan_id, department_id, year, enterprise_id, kind, origin,
                                               required_inspections, month)
                        VALUES (nextval('plan_item_seq'), :plan, :department, :year, :enterprise, :kind, 'GENERATED',
                                :required, :month)
                        RETURNING id""")
                .param("plan", plan).param("department", department).param("year", year)
                .param("enterprise", enterprise).param("kind", kind).param("required", required)
                .param("month", month).query(Long.class).single();
    }

    private void inspection(long department, String division, long enterprise, long item, String status,
                            String inspector) {
        inspection(department, division, enterprise, item, status, inspector,
                LocalDate.of(YEAR, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    /** A planned inspection when {@code item} is given, else one on a complaint. */
    private long inspection(long department, String division, long enterprise, Long item, String status,
                            String inspector, Instant started) {
        long id = jdbc().sql("""
                        INSERT INTO inspection (id, department_id, division_code, city_code, province_code,
                                                enterprise_id, plan_item_id, kind, trigger, status, started_at,
                                                completed_at, refused_at, refused_by, refusal_reason, created_by,
                                                created_at)
                        SELECT nextval('inspection_seq'), :department, d.code, d.city_code, d.province_code,
                               :enterprise, CAST(:item AS bigint),
                               CASE WHEN CAST(:item AS bigint) IS NULL THEN 'COMPLAINT_CHECK' ELSE 'FULL_COVERAGE' END,
                               CASE WHEN CAST(:item AS bigint) IS NULL THEN 'COMPLAINT' END, :status, :started,
                               CASE WHEN :status = 'COMPLETED' THEN CAST(:started AS timestamptz) END,
                               CASE WHEN :status = 'REFUSED' THEN CAST(:started AS timestamptz) END,
                               CASE WHEN :status = 'REFUSED' THEN 'zd-chief' END,
                               CASE WHEN :status = 'REFUSED' THEN '测试：未批准' END,
                               :inspector, now()
                        FROM division d WHERE d.code = :division
                        RETURNING id""")
                .param("department", department).param("division", division).param("enterprise", enterprise)
                .param("item", item).param("status", status).param("started", Timestamp.from(started))
                .param("inspector", inspector).query(Long.class).single();
        name(id, inspector);
        return id;
    }

    private void unplannedInspection(long department, String division, long enterprise) {
        Instant started = LocalDate.of(YEAR, 3, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        jdbc().sql("""
                        INSERT INTO inspection (id, department_id, division_code, city_code, province_code,
                                                enterprise_id, kind, trigger, status, started_at, completed_at,
                                                created_by, created_at)
                        SELECT nextval('inspection_seq'), :department, d.code, d.city_code, d.province_code,
                               :enterprise, 'COMPLAINT_CHECK', 'COMPLAINT', 'COMPLETED', :started, :started,
                               'zd-inspector', now()
                        FROM division d WHERE d.code = :division""")
                .param("department", department).param("division", division).param("enterprise", enterprise)
                .param("started", Timestamp.from(started)).update();
    }

    private void name(long inspection, String username) {
        jdbc().sql("""
                        INSERT INTO inspection_inspector (inspection_id, position, username, full_name,
                                                          certificate_number, certificate_valid_until)
                        VALUES (:inspection, 0, :username, '测试执法', '冀执测试0001', DATE '2035-12-31')""")
                .param("inspection", inspection).param("username", username).update();
    }
}
