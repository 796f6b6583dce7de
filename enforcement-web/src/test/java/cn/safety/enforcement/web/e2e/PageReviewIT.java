package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the review of the pages found: each finding, proved fixed over HTTP. */
class PageReviewIT extends EndToEndIT {

    @Autowired
    private JdbcClient jdbc;

    private long enterprisesOf(String... divisionCodes) {
        return jdbc.sql("SELECT count(*) FROM enterprise e JOIN department d ON d.id = e.department_id"
                        + " WHERE d.division_code IN (:codes)")
                .param("codes", List.of(divisionCodes)).query(Long.class).single();
    }

    private long enterprisesOfProvince(String provinceCode) {
        return jdbc.sql("SELECT count(*) FROM enterprise e JOIN department d ON d.id = e.department_id"
                        + " JOIN division v ON v.code = d.division_code WHERE v.province_code = ?")
                .param(provinceCode).query(Long.class).single();
    }

    private static String total(String page) {
        return Html.byId(page, "list-total");
    }

    @Test
    void the_enterprise_list_shows_the_total_within_the_users_scope() {
        String zd = browser("zd-inspector").page("/enterprises");
        assertThat(total(zd)).isEqualTo("共 " + String.format("%,d", enterprisesOf(Demo.ZHENGDING)) + " 家");
        String hebei = browser("admin").page("/enterprises");
        assertThat(total(hebei)).isEqualTo("共 " + String.format("%,d", enterprisesOfProvince(Demo.HEBEI)) + " 家");
        String tianjin = browser("tj-admin").page("/enterprises");
        assertThat(total(tianjin)).isEqualTo("共 " + String.format("%,d", enterprisesOfProvince(Demo.TIANJIN)) + " 家");
    }

    @Test
    void a_filtered_list_counts_only_what_matches() {
        long red = jdbc.sql("SELECT count(*) FROM enterprise e JOIN department d ON d.id = e.department_id"
                + " JOIN division v ON v.code = d.division_code WHERE v.province_code = ? AND e.risk_grade = 'RED'")
                .param(Demo.HEBEI).query(Long.class).single();
        long industry = jdbc.sql("SELECT count(*) FROM enterprise e JOIN department d ON d.id = e.department_id"
                + " JOIN division v ON v.code = d.division_code WHERE v.province_code = ? AND e.sector = 'INDUSTRY_TRADE'")
                .param(Demo.HEBEI).query(Long.class).single();
        long dust = jdbc.sql("SELECT count(*) FROM enterprise e JOIN department d ON d.id = e.department_id"
                + " JOIN division v ON v.code = d.division_code WHERE v.province_code = ?"
                + " AND 'COMBUSTIBLE_DUST' = ANY (e.features)").param(Demo.HEBEI).query(Long.class).single();
        Http.Browser admin = browser("admin");
        assertThat(total(admin.page("/enterprises?feature=COMBUSTIBLE_DUST"))).isEqualTo("共 " + dust + " 家");
        assertThat(total(admin.page("/enterprises?riskGrade=RED"))).isEqualTo("共 " + red + " 家");
        assertThat(total(admin.page("/enterprises?sector=INDUSTRY_TRADE"))).isEqualTo("共 " + industry + " 家");
        assertThat(total(admin.page("/enterprises?q=" + java.net.URLEncoder.encode("不存在的企业名称",
                java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo("共 0 家");
    }

    @Test
    void the_list_goes_forward_and_back_a_page_at_a_time() {
        Http.Browser admin = browser("admin");
        String first = admin.page("/enterprises");
        assertThat(Html.byId(first, "previous-page")).isNull();
        String nextHref = Html.unescape(Html.attributeById(first, "next-page", "href"));
        String second = admin.page(nextHref);
        String previousHref = Html.unescape(Html.attributeById(second, "previous-page", "href"));
        assertThat(previousHref).contains("before=");
        String backToFirst = admin.page(previousHref);
        assertThat(names(backToFirst)).isEqualTo(names(first)).hasSize(20);
        assertThat(Html.byId(backToFirst, "previous-page")).isNull();
        String third = admin.page(Html.unescape(Html.attributeById(second, "next-page", "href")));
        String backToSecond = admin.page(Html.unescape(Html.attributeById(third, "previous-page", "href")));
        assertThat(names(backToSecond)).isEqualTo(names(second)).doesNotContainAnyElementsOf(names(first));
        assertThat(Html.byId(backToSecond, "previous-page")).isNotNull();
    }

    private static List<String> names(String page) {
        return Html.links(page, "/enterprises/\\d+");
    }

    @Test
    void a_signed_in_users_error_pages_show_their_name_and_navigation() {
        Http.Browser zd = browser("zd-inspector");
        for (String path : List.of("/no-such-page", "/enterprises/999999999", "/enterprises/999999999/edit",
                "/admin/users", "/css/none.css", "/error", "/enterprises/abc", "/no/such/deep/page")) {
            Http.Response r = zd.get(path);
            assertThat(r.status()).as(path).isBetween(400, 404);
            assertThat(r.body()).as(path).contains("class=\"topbar\"").contains("href=\"/enterprises\"")
                    .contains("李执法");
        }
        Http.Response signedOut = signedOutBrowser().get("/no-such-page");
        assertThat(signedOut.body()).doesNotContain("class=\"topbar\"");
    }

    @Test
    void the_departments_page_names_the_department_not_an_enterprise() {
        String page = browser("admin").page("/admin/departments");
        assertThat(page).doesNotContain("企业名称").contains(">执法主体名称</th>").contains(">执法主体名称</label>");
    }

    private static String encoded(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first cell of every row of the table with this id. */
    private static List<String> firstCells(String page, String tableId) {
        return column(page, tableId, 0);
    }

    private static List<String> column(String page, String tableId, int column) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        if (start < 0) {
            return List.of();
        }
        String table = page.substring(start, page.indexOf("</table>", start));
        return Html.rows(table).stream().filter(r -> !r.isEmpty()).map(r -> r.get(column)).toList();
    }

    @Test
    void an_admin_searches_and_pages_the_departments_of_their_area_only() {
        // the province admin's own department and every one below it: not those beside it in the province's division
        long hebei = jdbc.sql("SELECT count(*) FROM department WHERE province_code = ?"
                        + " AND (division_code <> province_code OR name = ?)")
                .params(Demo.HEBEI, Demo.HEBEI_DEPARTMENT).query(Long.class).single();
        Http.Browser admin = browser("admin");
        String first = admin.page("/admin/departments");
        assertThat(Html.byId(first, "list-total")).isEqualTo("共 " + String.format("%,d", hebei) + " 个执法主体");
        assertThat(firstCells(first, "department-table")).hasSize(50);
        assertThat(Html.byId(first, "previous-page")).isNull();
        String second = admin.page(Html.unescape(Html.attributeById(first, "next-page", "href")));
        assertThat(firstCells(second, "department-table")).hasSize(50)
                .doesNotContainAnyElementsOf(firstCells(first, "department-table"));
        String back = admin.page(Html.unescape(Html.attributeById(second, "previous-page", "href")));
        assertThat(firstCells(back, "department-table")).isEqualTo(firstCells(first, "department-table"));

        String found = admin.page("/admin/departments?q=" + encoded("正定"));
        // other tests may establish more departments in 正定县: every one found bears the term, the demo's among them
        assertThat(firstCells(found, "department-table")).contains(Demo.ZHENGDING_DEPARTMENT)
                .allSatisfy(name -> assertThat(name).contains("正定"));
        String city = admin.page("/admin/departments?divisionCode=130100");
        assertThat(firstCells(city, "department-table")).contains(Demo.SHIJIAZHUANG_DEPARTMENT,
                Demo.ZHENGDING_DEPARTMENT);
        assertThat(column(city, "department-table", 1)).isNotEmpty()
                .allSatisfy(division -> assertThat(division).matches(".* 1301\\d\\d"));

        Http.Browser tianjin = browser("tj-admin");
        assertThat(firstCells(tianjin.page("/admin/departments?q=" + encoded("正定")), "department-table")).isEmpty();
        assertThat(firstCells(tianjin.page("/admin/departments?divisionCode=130123"), "department-table")).isEmpty();
        assertThat(firstCells(tianjin.page("/admin/departments"), "department-table"))
                .noneSatisfy(name -> assertThat(name).contains("河北").contains("石家庄"));
    }

    @Test
    void an_admin_finds_users_by_username_name_and_division_within_their_area() {
        Http.Browser admin = browser("admin");
        assertThat(firstCells(admin.page("/admin/users?q=zd-inspector"), "user-table"))
                .contains("zd-inspector", "zd-inspector2").allSatisfy(u -> assertThat(u).startsWith("zd-inspector"));
        assertThat(firstCells(admin.page("/admin/users?q=" + encoded("李执法")), "user-table"))
                .containsExactly("zd-inspector");
        assertThat(firstCells(admin.page("/admin/users?divisionCode=130123"), "user-table"))
                .contains("zd-inspector", "zd-inspector2").doesNotContain("sjz-inspector", "admin");
        assertThat(firstCells(admin.page("/admin/users?q=%25"), "user-table")).isEmpty();

        Http.Browser tianjin = browser("tj-admin");
        assertThat(firstCells(tianjin.page("/admin/users?q=zd-inspector"), "user-table")).isEmpty();
        assertThat(firstCells(tianjin.page("/admin/users?divisionCode=130123"), "user-table")).isEmpty();
        assertThat(firstCells(tianjin.page("/admin/users"), "user-table")).contains("bh-inspector")
                .doesNotContain("zd-inspector");
    }

    private long departmentOf(long enterpriseId) {
        return jdbc.sql("SELECT department_id FROM enterprise WHERE id = ?").param(enterpriseId).query(Long.class)
                .single();
    }

    @Test
    void taking_over_asks_to_confirm_what_will_be_done_and_then_says_what_was_done() {
        long id = demo().createEnterpriseId("zd-inspector", Demo.ZHENGDING);
        String name = api("zd-inspector").getJson("/api/v1/enterprises/" + id).path("name").asText();
        Http.Browser sjz = browser("sjz-supervisor");
        Http.Form form = Html.form(sjz.page("/enterprises/" + id + "/jurisdiction"), "/enterprises/" + id + "/take-over")
                .set("reason", "重大隐患，提级管辖");
        Http.Response asked = sjz.post("/enterprises/" + id + "/take-over", form);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(Html.byId(asked.body(), "confirm-summary")).isEqualTo("将「" + name + "」由"
                + Demo.ZHENGDING_DEPARTMENT + "提级至" + Demo.SHIJIAZHUANG_DEPARTMENT + "管辖。");
        assertThat(Html.byId(asked.body(), "confirm-reason")).isEqualTo("重大隐患，提级管辖");
        assertThat(departmentOf(id)).as("nothing done before the confirmation").isEqualTo(demo().departmentId(Demo.ZHENGDING));
        assertThat(assignments(id)).hasSize(1);

        Http.Form confirm = Html.form(asked.body(), "/enterprises/" + id + "/take-over");
        assertThat(confirm.get("confirmed")).isEqualTo("true");
        Http.Response done = sjz.post("/enterprises/" + id + "/take-over", confirm);
        assertThat(done.status()).isEqualTo(302);
        String detail = sjz.follow(done).body();
        assertThat(Html.byClass(detail, "flash")).containsExactly("已将「" + name + "」提级由"
                + Demo.SHIJIAZHUANG_DEPARTMENT + "管辖。");
        assertThat(departmentOf(id)).isEqualTo(demo().departmentId(Demo.SHIJIAZHUANG));
        assertThat(assignments(id)).last().extracting(Assignment::reason).isEqualTo("重大隐患，提级管辖");
    }

    @Test
    void a_reassignment_is_confirmed_or_taken_back_to_the_form_with_what_was_typed() {
        long id = demo().createEnterpriseId("zd-inspector", Demo.ZHENGDING);
        long city = demo().departmentId(Demo.SHIJIAZHUANG);
        Http.Browser admin = browser("admin");
        Http.Form form = Html.form(admin.page("/enterprises/" + id + "/jurisdiction"), "/enterprises/" + id + "/reassign")
                .set("departmentId", String.valueOf(city)).set("reason", "调整至市局");
        Http.Response asked = admin.post("/enterprises/" + id + "/reassign", form);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(Html.byId(asked.body(), "confirm-target")).isEqualTo(Demo.SHIJIAZHUANG_DEPARTMENT);
        assertThat(assignments(id)).hasSize(1);

        Http.Form back = Html.form(asked.body(), "/enterprises/" + id + "/reassign").set("back", "true");
        Http.Response again = admin.post("/enterprises/" + id + "/reassign", back);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"reassign-form\"").contains("调整至市局");
        assertThat(assignments(id)).hasSize(1);

        Http.Response done = admin.post("/enterprises/" + id + "/reassign",
                Html.form(asked.body(), "/enterprises/" + id + "/reassign"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(Html.byClass(admin.follow(done).body(), "flash")).singleElement().asString()
                .endsWith("」调整至" + Demo.SHIJIAZHUANG_DEPARTMENT + "管辖。");
        assertThat(departmentOf(id)).isEqualTo(city);
    }

    @Test
    void retiring_a_division_asks_for_a_reason_and_confirmation_and_names_the_division_after() {
        String code = null;
        for (int n = 40; n < 99 && code == null; n++) {
            String c = "1302" + n;
            if (jdbc.sql("SELECT count(*) FROM division WHERE code = ?").param(c).query(Long.class).single() == 0) {
                code = c;
            }
        }
        assertThat(code).isNotNull();
        Http.Browser admin = browser("admin");
        assertThat(admin.submit("/admin/divisions", Http.Form.of("code", code, "name", "确认测试区" + code,
                "parentCode", "130200")).status()).isEqualTo(302);
        String list = admin.page("/admin/divisions?parent=130200");
        assertThat(list).contains("href=\"/admin/divisions/" + code + "/retire\"")
                .doesNotContain("action=\"/admin/divisions/" + code + "/retire\"");

        String confirmPage = admin.page("/admin/divisions/" + code + "/retire");
        assertThat(Html.byId(confirmPage, "confirm-summary")).isEqualTo("撤销行政区划「确认测试区" + code + "（" + code + "）」？");
        Http.Form form = Html.form(confirmPage, "/admin/divisions/" + code + "/retire");
        Http.Response noReason = admin.post("/admin/divisions/" + code + "/retire", form.set("reason", " "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("请填写撤销理由。");
        assertThat(retired(code)).isFalse();

        Http.Response done = admin.post("/admin/divisions/" + code + "/retire", form.set("reason", "撤县设区批复"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(Html.byClass(admin.follow(done).body(), "flash"))
                .containsExactly("已撤销行政区划「确认测试区" + code + "（" + code + "）」。");
        assertThat(retired(code)).isTrue();
        assertThat(jdbc.sql("SELECT retired_reason FROM division WHERE code = ?").param(code).query(String.class)
                .single()).isEqualTo("撤县设区批复");
        assertThat(browser("tj-admin").get("/admin/divisions/" + code + "/retire").status()).isEqualTo(404);
    }

    private boolean retired(String code) {
        return jdbc.sql("SELECT retired_on IS NOT NULL FROM division WHERE code = ?").param(code)
                .query(Boolean.class).single();
    }

    @Test
    void the_file_of_a_38_person_trade_unit_cites_only_the_clause_for_units_of_a_hundred_or_fewer() {
        String code = Demo.newCreditCode(Demo.ZHENGDING);
        java.util.Map<String, Object> body = Demo.enterpriseBody(code, Demo.ZHENGDING, "三十八人工贸有限公司" + code.substring(10, 17));
        body.put("employees", 38);
        long id = Http.expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json()
                .path("id").asLong();
        String file = browser("zd-inspector").page("/enterprises/" + id);
        assertThat(Html.byId(file, "staffing-basis"))
                .startsWith("依据：《中华人民共和国安全生产法》（2021年修正）第二十四条第二款")
                .contains("其他单位从业人员一百人以下：配专职或兼职安全管理人员")
                .doesNotContain("超过一百人", "某市", "实施意见", "矿山");
        assertThat(Html.byId(file, "staffing-why")).isEqualTo(
                "本单位从业人员 38 人，未超过 100 人（《中华人民共和国安全生产法》（2021年修正）第二十四条第二款）。");
        assertThat(file).doesNotContain("某市实施意见");
        assertThat(Html.byId(file, "read-only")).as("the department's own inspector may act").isNull();
    }

    @Test
    void a_file_the_reader_may_not_change_says_it_is_read_only_and_why() {
        long id = demo().createEnterpriseId("zd-inspector", Demo.ZHENGDING);
        String file = browser("sjz-supervisor").page("/enterprises/" + id);
        assertThat(Html.byId(file, "read-only")).isEqualTo("只读。 该企业由" + Demo.ZHENGDING_DEPARTMENT
                + "管辖，只有该执法主体的人员可以修改企业信息、办理执法事项；您所在的" + Demo.SHIJIAZHUANG_DEPARTMENT
                + "可以查看。 如需由本部门办理，可提级管辖。");
    }
}
