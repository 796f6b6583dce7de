package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page (the to-do list) and the hazard list as their readers meet them: an inspector's inspections in
 * progress are the ones they inspect, the days left of a deadline are counted in the unit its order was given in, the
 * enterprise's account finds its orders first, and the hazard list's enterprise filter searches by name or credit code
 * within the reader's county only.
 */
class StartPageIT extends EndToEndIT {

    private long enterprise(String inspector, String division, String name) {
        String code = Demo.newCreditCode(division);
        return expect(api(inspector).post("/api/v1/enterprises", Http.json(Demo.enterpriseBody(code, division,
                name + code.substring(8, 17) + "有限公司"))), 201).json().path("id").asLong();
    }

    private long hazard(String inspector, long enterprise, String description) {
        return expect(api(inspector).post("/api/v1/hazards", Http.json(Map.of("enterpriseId", enterprise,
                "source", "COMPLAINT", "grade", "GENERAL", "description", description))), 201).json().path("id")
                .asLong();
    }

    private static String daysLeftOf(String page, String containerId) {
        int at = page.indexOf("id=\"" + containerId + "\"");
        assertThat(at).as("%s on the page", containerId).isNotNegative();
        int span = page.indexOf("days-left", at);
        assertThat(span).as("the days left of %s", containerId).isPositive();
        return page.substring(page.lastIndexOf('<', span), page.indexOf("</span>", span));
    }

    @Test
    void an_inspector_finds_on_the_start_page_the_inspections_in_progress_they_inspect_not_every_one_of_the_county() {
        long enterprise = enterprise("zd-inspector", ZHENGDING, "待办检查");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterprise);
        body.put("kind", "SPECIAL");
        body.put("trigger", "ACCIDENT");
        body.put("inspectors", List.of("zd-inspector2", "zd-inspector3"));
        body.put("acknowledgeRepeat", true);
        long inspection = expect(api("zd-inspector2").post("/api/v1/inspections", Http.json(body)), 201).json()
                .path("id").asLong();

        String row = "todo-inspection-" + inspection;
        assertThat(browser("zd-inspector2").page("/")).as("one of its inspectors").contains(row);
        assertThat(browser("zd-inspector3").page("/")).as("the other inspector").contains(row);
        assertThat(browser("zd-inspector").page("/")).as("an inspector of the same county, not on it")
                .contains("todo-inspections").doesNotContain(row);
    }

    @Test
    void the_days_left_are_counted_in_working_days_for_an_order_in_working_days_and_in_days_for_a_date() {
        // 行唐县, whose inspector's to-do list no other test fills (正定县's holds hundreds of overdue hazards, the most
        // urgent of which come first)
        String inspector = "xt-inspector";
        long enterprise = enterprise(inspector, XINGTANG, "剩余天数");
        long working = hazard(inspector, enterprise, "消防水泵不能自动启动");
        long dated = hazard(inspector, enterprise, "应急照明灯损坏");
        expect(api(inspector).post("/api/v1/hazards/" + working + "/order", Http.json(Map.of("workingDays", 2,
                "requirements", "修复水泵联动"))), 200);
        var ordered = expect(api(inspector).post("/api/v1/hazards/" + dated + "/order", Http.json(Map.of(
                "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString(), "requirements", "更换应急照明灯"))), 200).json();
        assertThat(ordered.path("deadlineUnit").asString()).isEqualTo("CALENDAR_DAYS");
        assertThat(ordered.path("daysLeft").asLong()).as("the API counts calendar days").isEqualTo(1);
        assertThat(expect(api(inspector).get("/api/v1/hazards/" + working), 200).json().path("deadlineUnit")
                .asString()).isEqualTo("WORKING_DAYS");

        Http.Browser page = browser(inspector);
        String list = page.page("/hazards?enterpriseId=" + enterprise);
        assertThat(daysLeftOf(list, "hazard-" + working)).contains("data-unit=\"WORKING_DAYS\"", "个工作日");
        assertThat(daysLeftOf(list, "hazard-" + dated)).contains("data-unit=\"CALENDAR_DAYS\"", "剩余 1 天")
                .doesNotContain("工作日");
        assertThat(daysLeftOf(page.page("/hazards/" + working), "deadline")).contains("个工作日");
        assertThat(daysLeftOf(page.page("/hazards/" + dated), "deadline")).contains("剩余 1 天")
                .doesNotContain("工作日");
        String home = page.page("/");
        assertThat(daysLeftOf(home, "todo-hazard-" + working)).contains("个工作日");
        assertThat(daysLeftOf(home, "todo-hazard-" + dated)).contains("剩余 1 天").doesNotContain("工作日");
        assertThat(daysLeftOf(page.page("/hazards/" + dated + "?lang=en"), "deadline")).contains("1 day left");
    }

    @Test
    void the_enterprise_account_finds_its_open_orders_first_above_its_enterprise_and_account() {
        String home = browser("zd-ent").page("/");
        int work = home.indexOf("id=\"enterprise-work\"");
        assertThat(work).as("the orders on the page").isPositive();
        assertThat(work).as("the orders before the enterprise's card")
                .isLessThan(home.indexOf("id=\"own-enterprise\""));
        assertThat(work).as("the orders before the account's card").isLessThan(home.indexOf("id=\"own-account\""));
    }

    @Test
    void the_hazard_list_searches_its_enterprise_by_name_or_credit_code_within_the_county_only() {
        String mark = "检索" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long own = enterprise("zd-inspector", ZHENGDING, mark + "正定");
        long ownToo = enterprise("zd-inspector", ZHENGDING, mark + "正定二");
        long beside = enterprise("xt-inspector", XINGTANG, mark + "行唐");
        long ownHazard = hazard("zd-inspector", own, "配电箱未接地");
        String q = URLEncoder.encode(mark, StandardCharsets.UTF_8);
        Http.Browser county = browser("zd-inspector");

        // the script's source: the county's two, never the county beside
        String offered = county.page("/inspections/new/enterprises?q=" + q);
        assertThat(offered).contains("\"id\":" + own, "\"id\":" + ownToo).doesNotContain("\"id\":" + beside, "行唐");
        // without script: the text sent with the form offers the same two to choose from, and lists nothing yet
        String several = county.page("/hazards?state=&enterprise=" + q);
        assertThat(Html.attributeById(several, "no-enterprise-choices", "hidden")).isNotNull();
        assertThat(several).contains("choose-enterprise", "enterpriseId=" + own, "enterpriseId=" + ownToo)
                .doesNotContain("enterpriseId=" + beside, mark + "行唐", "id=\"hazards\"");
        // one match filters at once: by name, by credit code
        String name = expect(api("zd-inspector").get("/api/v1/enterprises/" + own), 200).json().path("name")
                .asString();
        String code = expect(api("zd-inspector").get("/api/v1/enterprises/" + own), 200).json().path("creditCode")
                .asString();
        assertThat(county.page("/hazards?enterprise=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .contains("hazard-" + ownHazard, "value=\"" + own + "\"").doesNotContain("choose-enterprise");
        assertThat(county.page("/hazards?enterprise=" + code)).contains("hazard-" + ownHazard);
        assertThat(county.page("/hazards/lists?kind=PROBLEM&enterprise=" + code)).as("the three lists search so too")
                .contains("line-" + ownHazard);
        assertThat(county.page("/hazards/lists?kind=PROBLEM&enterprise=" + q)).contains("choose-enterprise")
                .doesNotContain("enterpriseId=" + beside, "line-" + ownHazard);
        // the county beside: its own enterprise only, and another county's credit code finds nothing
        String xingtang = browser("xt-inspector").page("/hazards?enterprise=" + q);
        assertThat(xingtang).doesNotContain("enterpriseId=" + own, "enterpriseId=" + ownToo, "hazard-" + ownHazard);
        String byCode = browser("xt-inspector").page("/hazards?enterprise=" + code);
        assertThat(Html.attributeById(byCode, "no-enterprise-choices", "hidden")).as("the line saying none matched")
                .isNull();
        assertThat(byCode).doesNotContain("hazard-" + ownHazard, name);
        // a link by id names the enterprise in the field; an id of another county names nothing
        assertThat(county.page("/hazards?enterpriseId=" + own)).contains("value=\"" + name + "\"");
        String foreign = browser("xt-inspector").page("/hazards?enterpriseId=" + own);
        assertThat(foreign).doesNotContain(name, "hazard-" + ownHazard);
        // the API keeps its enterpriseId filter
        assertThat(expect(api("zd-inspector").get("/api/v1/hazards?enterpriseId=" + own), 200).json().path("items")
                .size()).isEqualTo(1);
    }
}
