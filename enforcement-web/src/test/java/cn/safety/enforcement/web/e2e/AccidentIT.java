package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorFields;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accidents and duty findings over HTTP: recorded by the enterprise's department through the API and the enterprise
 * file, graded by 条例 第三条, refused on the field for bad input and by jurisdiction elsewhere, one record entry each.
 */
class AccidentIT extends EndToEndIT {

    /** One audit entry as stored. */
    record Entry(String action, String username, Long departmentId, String aggregateType, String aggregateId) {
    }

    private static Map<String, Object> accident(long enterpriseId, String occurredAt, String category, Object deaths,
                                                Object injuries, Object loss) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("occurredAt", occurredAt);
        body.put("place", "二号车间冲压线");
        body.put("category", category);
        body.put("deaths", deaths);
        body.put("seriousInjuries", injuries);
        body.put("directLossTenThousandYuan", loss);
        body.put("summary", "检修冲床时未执行停机挂牌，操作工被卷入。");
        return body;
    }

    private Http.Response post(String username, Map<String, Object> body) {
        return api(username).post("/api/v1/accidents", Http.json(body));
    }

    private long accidents() {
        return jdbc().sql("SELECT count(*) FROM accident").query(Long.class).single();
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

    /** The newest row of the record's page about one object, as the province admin reads it, with its link. */
    private String readableRow(Entry entry) {
        String page = browser("admin").page("/admin/audit?type=" + entry.aggregateType() + "&object="
                + java.net.URLEncoder.encode(entry.aggregateId(), StandardCharsets.UTF_8));
        List<List<String>> rows = Html.rows(page);
        assertThat(rows).as("rows about %s %s", entry.aggregateType(), entry.aggregateId()).isNotEmpty();
        String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        String firstRow = table.substring(0, table.indexOf("</tr>"));
        return String.join(" | ", rows.get(0)) + " " + firstRow;
    }

    // ---- recording and grading ----

    @Test
    void the_countys_inspector_records_an_accident_by_its_gb_6441_name_and_gets_its_grade_and_one_record_entry() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long last = lastEntryId();

        Http.Response created = expect(post("zd-inspector",
                accident(enterprise, "2024-05-06T09:30:00+08:00", "机械伤害", 3, 1, 180)), 201);

        JsonNode a = created.json();
        assertThat(text(a, "grade")).isEqualTo("LARGER");
        assertThat(text(a, "investigatingLevel")).isEqualTo("CITY");
        assertThat(text(a, "supervisingLevel")).isEqualTo("PROVINCE");
        assertThat(text(a, "category")).isEqualTo("MACHINERY");
        assertThat(text(a, "categoryName")).isEqualTo("机械伤害");
        assertThat(text(a, "ruleSet")).isEqualTo("accident-grade@2007-06-01");
        assertThat(text(a, "gradeBasis")).isEqualTo("accident-grade.larger.deaths");
        assertThat(text(a, "occurredAt")).isEqualTo("2024-05-06T09:30:00+08:00");
        assertThat(a.path("enterpriseId").asLong()).isEqualTo(enterprise);
        long id = a.path("id").asLong();
        assertThat(created.location()).endsWith("/api/v1/accidents/" + id);
        assertThat(expect(api("zd-inspector").get("/api/v1/accidents/" + id), 200).json().path("deaths").asInt())
                .isEqualTo(3);

        Entry entry = onlyEntrySince(last);
        assertThat(entry).isEqualTo(new Entry("AccidentRecorded", "zd-inspector",
                demo().departmentId(ZHENGDING), "Accident", String.valueOf(id)));
        assertThat(readableRow(entry)).contains("记录事故", "李执法（zd-inspector）", "机械伤害", "较大事故",
                "href=\"/enterprises/" + enterprise + "#accident-" + id + "\"");
        assertThat(jdbc().sql("SELECT department_id, rule_set, grade FROM accident WHERE id = ?").param(id)
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3)).single())
                .isEqualTo(demo().departmentId(ZHENGDING) + " accident-grade@2007-06-01 LARGER");
    }

    @Test
    void grades_at_the_thresholds_over_http_and_category_by_code_or_either_spelling() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        assertThat(text(expect(post("zd-inspector", accident(enterprise, "2024-05-06T09:30:00+08:00", "其它爆炸", 2,
                9, "999.9999")), 201).json(), "grade")).isEqualTo("GENERAL");
        JsonNode major = expect(post("zd-inspector", accident(enterprise, "2024-05-06T09:30", "其他爆炸", 0, 0,
                5000)), 201).json();
        assertThat(text(major, "grade")).isEqualTo("MAJOR");
        assertThat(text(major, "category")).isEqualTo("OTHER_EXPLOSION");
        assertThat(text(major, "investigatingLevel")).isEqualTo("PROVINCE");
        JsonNode top = expect(post("zd-inspector", accident(enterprise, "2024-05-06T01:30:00Z", "GAS_EXPLOSION", 30,
                0, 0)), 201).json();
        assertThat(text(top, "grade")).isEqualTo("ESPECIALLY_MAJOR");
        assertThat(text(top, "investigatingLevel")).isEqualTo("STATE_COUNCIL");
        assertThat(top.get("supervisingLevel").isNull()).isTrue();
        assertThat(text(expect(post("zd-chief", accident(enterprise, "2024-05-06T09:30:00+08:00", "透水", 10, 0, 0)),
                201).json(), "grade")).as("a supervisor of the department records too").isEqualTo("MAJOR");
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_saved() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long before = accidents();

        assertThat(errorsFor(problem(post("zd-inspector", accident(enterprise, "2024-05-06T09:30:00+08:00", "机械伤害",
                -1, 0, 0)), 400), "deaths")).containsExactly("人数不能为负数。");
        assertThat(errorFields(problem(post("zd-inspector", accident(enterprise, "2099-01-01T00:00:00+08:00",
                "机械伤害", 0, 0, 0)), 400))).containsExactly("occurredAt");
        assertThat(errorsFor(problem(post("zd-inspector", accident(enterprise, "2024-05-06T09:30:00+08:00", "交通事故",
                0, 0, 0)), 400), "category")).containsExactly("不是 GB 6441-86 规定的事故类别。");
        Map<String, Object> noEnterprise = accident(enterprise, "2024-05-06T09:30:00+08:00", "机械伤害", 0, 0, 0);
        noEnterprise.remove("enterpriseId");
        assertThat(errorFields(problem(post("zd-inspector", noEnterprise), 400))).containsExactly("enterpriseId");
        assertThat(errorFields(problem(post("zd-inspector", accident(987_654_321L, "2024-05-06T09:30:00+08:00",
                "机械伤害", 0, 0, 0)), 400))).containsExactly("enterpriseId");
        assertThat(errorFields(problem(post("zd-inspector", accident(enterprise, "昨天下午", "机械伤害", 0, 0, 0)), 400)))
                .containsExactly("occurredAt");
        assertThat(errorFields(problem(post("zd-inspector", accident(enterprise, "2024-05-06T09:30:00+08:00",
                "机械伤害", 1.5, 0, 0)), 400))).containsExactly("deaths");
        assertThat(errorFields(problem(post("zd-inspector", accident(enterprise, "2024-05-06T09:30:00+08:00",
                "机械伤害", 0, 0, "很多")), 400))).containsExactly("directLossTenThousandYuan");
        assertThat(errorFields(problem(post("zd-inspector", accident(enterprise, "2007-05-31T08:00:00+08:00",
                "机械伤害", 0, 0, 0)), 400))).containsExactly("occurredAt");
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("enterpriseId", enterprise);
        assertThat(errorFields(problem(post("zd-inspector", empty), 400))).containsExactly("occurredAt", "place",
                "category", "deaths", "seriousInjuries", "directLossTenThousandYuan");

        assertThat(accidents()).isEqualTo(before);
    }

    // ---- jurisdiction ----

    @Test
    void other_counties_provinces_and_read_only_roles_are_refused_and_see_nothing() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long id = expect(post("zd-inspector", accident(enterprise, "2024-05-06T09:30:00+08:00", "触电", 1, 0, 50)),
                201).json().path("id").asLong();
        long before = accidents();

        Map<String, Object> body = accident(enterprise, "2024-05-06T09:30:00+08:00", "触电", 1, 0, 50);
        assertThat(errorFields(problem(post("xt-inspector", body), 400))).as("a county beside")
                .containsExactly("enterpriseId");
        assertThat(errorFields(problem(post("bh-inspector", body), 400))).as("another province")
                .containsExactly("enterpriseId");
        problem(post("sjz-supervisor", body), 403);
        problem(post("zd-legal", body), 403);
        assertThat(accidents()).isEqualTo(before);

        for (String outsider : List.of("xt-inspector", "bh-inspector", "tj-admin")) {
            problem(api(outsider).get("/api/v1/accidents/" + id), 404);
            problem(api(outsider).get("/api/v1/accidents?enterpriseId=" + enterprise), 404);
            assertThat(api(outsider).get("/api/v1/accidents?size=200").body()).as(outsider)
                    .doesNotContain("\"id\":" + id + ",");
        }
        assertThat(expect(api("sjz-supervisor").get("/api/v1/accidents?enterpriseId=" + enterprise), 200).json()
                .path("items").size()).as("the city above reads").isEqualTo(1);
        assertThat(expect(api("zd-legal").get("/api/v1/accidents/" + id), 200).json().path("id").asLong())
                .isEqualTo(id);
        assertThat(api("zd-inspector").get("/api/v1/accidents?size=200").body()).contains("\"id\":" + id + ",");
    }

    @Test
    void an_enterprise_moved_to_another_department_takes_its_accidents_and_findings_along() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long id = expect(post("zd-inspector", accident(enterprise, "2025-02-11T08:15:00+08:00", "灼烫", 0, 2, 12)),
                201).json().path("id").asLong();
        expect(api("zd-inspector").post("/api/v1/enterprises/" + enterprise + "/duty-findings",
                Http.json(Map.of("finding", "主要负责人未到岗履职", "foundOn", "2025-02-12"))), 201);
        expect(api("admin").put("/api/v1/enterprises/" + enterprise + "/department", Http.json(Map.of(
                "departmentId", demo().departmentId(Demo.SHIJIAZHUANG), "reason", "跨县经营，调整至市局管辖"))), 200);

        problem(api("zd-inspector").get("/api/v1/accidents/" + id), 404);
        problem(api("zd-inspector").get("/api/v1/enterprises/" + enterprise + "/duty-findings"), 404);
        assertThat(api("zd-inspector").get("/api/v1/accidents?size=200").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api("sjz-inspector").get("/api/v1/accidents?size=200").body()).contains("\"id\":" + id + ",");
        assertThat(expect(api("sjz-inspector").get("/api/v1/enterprises/" + enterprise + "/duty-findings"), 200)
                .json().size()).isEqualTo(1);
        assertThat(jdbc().sql("SELECT department_id FROM accident WHERE id = ?").param(id).query(Long.class).single())
                .as("the record still names the department that recorded it")
                .isEqualTo(demo().departmentId(ZHENGDING));
    }

    // ---- duty findings ----

    @Test
    void a_duty_finding_is_recorded_listed_refused_elsewhere_and_leaves_one_entry() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long last = lastEntryId();
        Http.Response created = expect(api("zd-inspector").post("/api/v1/enterprises/" + enterprise
                + "/duty-findings", Http.json(Map.of("finding", "主要负责人未组织制定本单位安全生产规章制度",
                "foundOn", "2026-01-15"))), 201);
        long id = created.json().path("id").asLong();

        Entry entry = onlyEntrySince(last);
        assertThat(entry).isEqualTo(new Entry("DutyFindingRecorded", "zd-inspector",
                demo().departmentId(ZHENGDING), "DutyFinding", String.valueOf(id)));
        assertThat(readableRow(entry)).contains("记录主要负责人履职问题", "未组织制定", "2026-01-15",
                "href=\"/enterprises/" + enterprise + "#duty-finding-" + id + "\"");

        JsonNode list = expect(api("zd-inspector").get("/api/v1/enterprises/" + enterprise + "/duty-findings"), 200)
                .json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(text(list.get(0), "foundOn")).isEqualTo("2026-01-15");

        String path = "/api/v1/enterprises/" + enterprise + "/duty-findings";
        String body = Http.json(Map.of("finding", "x", "foundOn", "2026-01-15"));
        problem(api("xt-inspector").post(path, body), 404);
        problem(api("bh-inspector").post(path, body), 404);
        problem(api("sjz-supervisor").post(path, body), 403);
        problem(api("zd-legal").post(path, body), 403);
        problem(api("xt-inspector").get(path), 404);
        assertThat(errorFields(problem(api("zd-inspector").post(path, Http.json(Map.of("finding", " ",
                "foundOn", "2099-01-01"))), 400))).containsExactly("finding", "foundOn");
        assertThat(errorFields(problem(api("zd-inspector").post(path, Http.json(Map.of("finding", "x",
                "foundOn", "去年"))), 400))).containsExactly("foundOn");
        assertThat(expect(api("zd-inspector").get(path), 200).json().size()).isEqualTo(1);
    }

    // ---- the enterprise file ----

    @Test
    void the_enterprise_file_lists_both_and_offers_the_forms_to_the_departments_enforcement_staff_only() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser zd = browser("zd-inspector");
        String file = zd.page("/enterprises/" + enterprise);
        assertThat(Html.byId(file, "accidents")).contains("事故", "暂无事故记录。");
        assertThat(Html.byId(file, "record-accident")).isEqualTo("记录事故");
        assertThat(Html.byId(file, "record-duty-finding")).isEqualTo("记录履职问题");

        Http.Form form = Html.form(zd.page("/enterprises/" + enterprise + "/accidents/new"),
                "/enterprises/" + enterprise + "/accidents");
        form.set("occurredAt", "2024-08-20T14:05").set("place", "原料库房").set("category", "POISONING_AND_ASPHYXIATION")
                .set("deaths", "1").set("seriousInjuries", "0").set("directLossTenThousandYuan", "260.5")
                .set("summary", "清理储罐时未检测氧含量。");
        long last = lastEntryId();
        Http.Response saved = expect(zd.submit("/enterprises/" + enterprise + "/accidents", form), 302);
        assertThat(saved.location()).matches(".*/enterprises/" + enterprise + "(#accidents)?");
        assertThat(onlyEntrySince(last).action()).isEqualTo("AccidentRecorded");

        Http.Form finding = Html.form(zd.page("/enterprises/" + enterprise + "/duty-findings/new"),
                "/enterprises/" + enterprise + "/duty-findings");
        finding.set("finding", "主要负责人未按规定参加安全培训").set("foundOn", "2026-02-01");
        expect(zd.submit("/enterprises/" + enterprise + "/duty-findings", finding), 302);

        String after = zd.page("/enterprises/" + enterprise);
        assertThat(Html.textOf(Html.byId(after, "accidents"))).contains("2024-08-20 14:05", "原料库房", "中毒和窒息",
                "1 / 0", "260.5", "一般事故", "县级人民政府", "设区的市级人民政府安全生产委员会");
        assertThat(Html.byId(after, "accident-basis")).contains("第三条", "accident-grade@2007-06-01");
        assertThat(Html.textOf(Html.byId(after, "duty-findings"))).contains("2026-02-01", "主要负责人未按规定参加安全培训",
                "李执法（zd-inspector）");

        for (String reader : List.of("zd-legal", "sjz-supervisor")) {
            String seen = browser(reader).page("/enterprises/" + enterprise);
            assertThat(Html.textOf(Html.byId(seen, "accidents"))).as(reader).contains("原料库房");
            assertThat(Html.byId(seen, "record-accident")).as(reader).isNull();
            assertThat(Html.byId(seen, "record-duty-finding")).as(reader).isNull();
            assertThat(browser(reader).get("/enterprises/" + enterprise + "/accidents/new").status()).as(reader)
                    .isEqualTo(403);
        }
        assertThat(browser("xt-inspector").get("/enterprises/" + enterprise + "/accidents/new").status())
                .isEqualTo(404);
    }

    @Test
    void the_form_shows_the_refusals_beside_their_fields_and_saves_nothing() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser zd = browser("zd-inspector");
        Http.Form form = Html.form(zd.page("/enterprises/" + enterprise + "/accidents/new"),
                "/enterprises/" + enterprise + "/accidents");
        form.set("occurredAt", "2099-08-20T14:05").set("place", "").set("category", "").set("deaths", "-2")
                .set("directLossTenThousandYuan", "1");
        long before = accidents();
        Http.Response page = expect(zd.submit("/enterprises/" + enterprise + "/accidents", form), 200);
        assertThat(Html.byClass(page.body(), "field-error")).containsExactly("事故发生时间不能晚于现在。",
                "请填写事故发生地点。", "请选择事故类别。", "人数不能为负数。");
        assertThat(accidents()).isEqualTo(before);
    }

    // ---- demo data ----

    @Test
    void the_demo_holds_a_fatal_accident_in_2024_and_a_duty_finding_at_another_zhengding_enterprise() {
        long zhengding = demo().departmentId(ZHENGDING);
        List<String> accident = jdbc().sql("""
                        SELECT e.credit_code || ' ' || a.deaths || ' ' || extract(year FROM a.occurred_at AT TIME ZONE
                        'Asia/Shanghai') || ' ' || e.department_id || ' ' || a.grade
                        FROM accident a JOIN enterprise e ON e.id = a.enterprise_id
                        WHERE a.place = '二号车间冲压生产线'""").query(String.class).list();
        assertThat(accident).hasSize(1);
        assertThat(accident.get(0)).endsWith(" 1 2024 " + zhengding + " GENERAL");
        List<String> finding = jdbc().sql("""
                        SELECT e.credit_code || ' ' || e.department_id FROM duty_finding d
                        JOIN enterprise e ON e.id = d.enterprise_id WHERE d.finding = ?""")
                .param("主要负责人未组织制定并实施本单位安全生产教育和培训计划，对重大事故隐患排查治理不闻不问（安全“红线”意识不牢、责任不落实）")
                .query(String.class).list();
        assertThat(finding).hasSize(1);
        assertThat(finding.get(0)).endsWith(" " + zhengding);
        assertThat(finding.get(0).substring(0, 18)).isNotEqualTo(accident.get(0).substring(0, 18));
        System.out.println("demo accident at " + accident.get(0) + "; demo duty finding at " + finding.get(0));
    }
}
