package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.safety.enforcement.web.e2e.Demo.BINHAI;
import static cn.safety.enforcement.web.e2e.Demo.HEBEI;
import static cn.safety.enforcement.web.e2e.Demo.HEBEI_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.TIANJIN;
import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Every jurisdiction rule of the JSON API, allowed and refused, for users at each level and in two provinces. */
class ApiJurisdictionIT extends EndToEndIT {

    private static final String NOT_FOUND = "您要找的内容不存在，或不在您的管辖范围内。";

    // ---- who am I, which departments can I see ----

    @Test
    void me_tells_a_county_inspector_their_username_roles_and_department() {
        JsonNode me = api("zd-inspector").getJson("/api/v1/me");
        assertThat(text(me, "username")).isEqualTo("zd-inspector");
        assertThat(me.path("roles").values()).extracting(JsonNode::asString).containsExactly("INSPECTOR");
        JsonNode d = me.path("department");
        assertThat(d.path("id").asLong()).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(text(d, "name")).isEqualTo(ZHENGDING_DEPARTMENT);
        assertThat(text(d, "level")).isEqualTo("COUNTY");
        assertThat(text(d, "divisionCode")).isEqualTo(ZHENGDING);
        assertThat(me.propertyNames()).containsExactlyInAnyOrder("username", "roles", "department");
    }

    @Test
    void me_tells_the_province_admin_both_roles_and_the_province_department() {
        JsonNode me = api("admin").getJson("/api/v1/me");
        assertThat(text(me, "username")).isEqualTo("admin");
        assertThat(me.path("roles").values()).extracting(JsonNode::asString).containsExactly("ADMIN", "SUPERVISOR");
        assertThat(text(me.path("department"), "name")).isEqualTo(HEBEI_DEPARTMENT);
        assertThat(text(me.path("department"), "level")).isEqualTo("PROVINCE");
        assertThat(text(me.path("department"), "divisionCode")).isEqualTo(HEBEI);

        JsonNode tj = api("tj-admin").getJson("/api/v1/me");
        assertThat(text(tj.path("department"), "divisionCode")).isEqualTo(TIANJIN);
        assertThat(text(tj.path("department"), "name")).isEqualTo("天津市应急管理局");
    }

    @Test
    void inspectors_see_only_their_own_department_at_every_level() {
        assertThat(departmentDivisions("zd-inspector")).containsExactly(ZHENGDING);
        assertThat(departmentDivisions("zd-inspector2")).containsExactly(ZHENGDING);
        assertThat(departmentDivisions("sjz-inspector")).containsExactly(SHIJIAZHUANG);
        assertThat(departmentDivisions("hb-inspector")).containsExactly(HEBEI);
        assertThat(departmentDivisions("bh-inspector")).containsExactly(BINHAI);
    }

    @Test
    void city_supervisor_sees_the_city_and_its_counties_but_never_the_province_or_tianjin() {
        List<JsonNode> departments = list(api("sjz-supervisor").getJson("/api/v1/departments"));
        List<String> divisions = departments.stream().map(d -> text(d, "divisionCode")).toList();
        assertThat(divisions).contains(SHIJIAZHUANG, ZHENGDING, XINGTANG).doesNotContain(HEBEI, TIANJIN, BINHAI);
        assertThat(divisions).allSatisfy(code -> assertThat(code).startsWith("1301"));
        assertThat(departments).filteredOn(d -> !text(d, "divisionCode").equals(SHIJIAZHUANG))
                .isNotEmpty().allSatisfy(d -> assertThat(text(d, "level")).isEqualTo("COUNTY"));
        assertThat(departments).extracting(d -> text(d, "name"))
                .contains(SHIJIAZHUANG_DEPARTMENT, ZHENGDING_DEPARTMENT).doesNotContain(HEBEI_DEPARTMENT);
    }

    @Test
    void province_admin_sees_every_hebei_department_and_none_of_tianjin() {
        List<String> divisions = departmentDivisions("admin");
        assertThat(divisions).contains(HEBEI, SHIJIAZHUANG, ZHENGDING, XINGTANG, "130200", "130600")
                .doesNotContain(TIANJIN, BINHAI);
        assertThat(divisions).allSatisfy(code -> assertThat(code).startsWith("13"));
        assertThat(divisions.size()).isGreaterThan(100);
    }

    @Test
    void tianjin_admin_sees_only_tianjin_departments() {
        List<String> divisions = departmentDivisions("tj-admin");
        assertThat(divisions).contains(TIANJIN, BINHAI).doesNotContain(HEBEI, SHIJIAZHUANG, ZHENGDING);
        assertThat(divisions).allSatisfy(code -> assertThat(code).startsWith("12"));
    }

    // ---- the enterprise list: every row of every page within the caller's scope ----

    @Test
    void county_inspector_pages_through_only_the_enterprises_of_zhengding() {
        long zd = demo().departmentId(ZHENGDING);
        List<JsonNode> rows = allPages(api("zd-inspector"), "size=4", 100);
        assertThat(rows.size()).isGreaterThanOrEqualTo(11);
        assertThat(rows).allSatisfy(e -> {
            assertThat(e.path("department").path("id").asLong()).isEqualTo(zd);
            assertThat(text(e.path("department"), "name")).isEqualTo(ZHENGDING_DEPARTMENT);
            assertThat(text(e, "divisionCode")).isEqualTo(ZHENGDING);
        });
        assertThat(ids(rows)).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        // exactly what is assigned to 正定, as the admin sees it through the department filter
        List<JsonNode> asAdmin = allPages(api("admin"), "size=200&departmentId=" + zd, 10);
        assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(ids(asAdmin));
    }

    @Test
    void city_supervisor_pages_through_the_city_and_its_counties_only() {
        Set<Long> visible = departmentIds("sjz-supervisor");
        List<JsonNode> rows = allPages(api("sjz-supervisor"), "size=50", 100);
        assertThat(rows).allSatisfy(e -> {
            assertThat(visible).contains(e.path("department").path("id").asLong());
            assertThat(text(e.path("department"), "divisionCode")).startsWith("1301");
            assertThat(text(e, "divisionCode")).startsWith("1301");
        });
        assertThat(rows).extracting(e -> text(e.path("department"), "divisionCode"))
                .contains(SHIJIAZHUANG, ZHENGDING).doesNotContain(HEBEI);
        assertThat(ids(rows)).doesNotHaveDuplicates();
    }

    @Test
    void city_inspector_pages_through_only_the_city_departments_own_enterprises() {
        long city = demo().departmentId(SHIJIAZHUANG);
        List<JsonNode> rows = allPages(api("sjz-inspector"), "size=7", 100);
        assertThat(rows).isNotEmpty().allSatisfy(
                e -> assertThat(e.path("department").path("id").asLong()).isEqualTo(city));
    }

    @Test
    void province_admin_sees_only_hebei_enterprises_on_the_first_pages() {
        Http.Api admin = api("admin");
        List<JsonNode> rows = new ArrayList<>();
        String next = null;
        for (int page = 0; page < 3; page++) {
            JsonNode p = admin.getJson("/api/v1/enterprises?size=50" + (next == null ? "" : "&after=" + next));
            rows.addAll(list(p.path("items")));
            next = text(p, "next");
            assertThat(next).as("page %d has a next cursor", page).isNotNull();
        }
        assertThat(rows).hasSize(150).allSatisfy(e -> {
            assertThat(text(e.path("department"), "divisionCode")).startsWith("13");
            assertThat(text(e, "divisionCode")).startsWith("13");
        });
        assertThat(ids(rows)).doesNotHaveDuplicates();
    }

    @Test
    void tianjin_admin_pages_through_only_tianjin_enterprises() {
        List<JsonNode> rows = allPages(api("tj-admin"), "size=25", 100);
        assertThat(rows).isNotEmpty().allSatisfy(e -> {
            assertThat(text(e.path("department"), "divisionCode")).startsWith("12");
            assertThat(text(e, "divisionCode")).startsWith("12");
        });
        assertThat(rows).extracting(e -> text(e.path("department"), "divisionCode")).contains(TIANJIN, BINHAI);
    }

    @Test
    void a_department_filter_outside_the_scope_gives_an_empty_list_never_more_rows() {
        long city = demo().departmentId(SHIJIAZHUANG);
        long zd = demo().departmentId(ZHENGDING);
        assertEmpty(api("zd-inspector"), "departmentId=" + city);
        assertEmpty(api("zd-inspector"), "departmentId=" + demo().departmentId(HEBEI));
        assertEmpty(api("zd-inspector"), "departmentId=" + demo().departmentId(XINGTANG));
        assertEmpty(api("sjz-supervisor"), "departmentId=" + demo().departmentId(HEBEI));
        assertEmpty(api("sjz-supervisor"), "departmentId=" + demo().departmentId(BINHAI));
        assertEmpty(api("sjz-inspector"), "departmentId=" + zd);
        assertEmpty(api("admin"), "departmentId=" + demo().departmentId(TIANJIN));
        assertEmpty(api("tj-admin"), "departmentId=" + zd);
        // inside the scope the filter narrows
        List<JsonNode> zdRows = allPages(api("sjz-supervisor"), "size=50&departmentId=" + zd, 20);
        assertThat(zdRows).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("department").path("id").asLong()).isEqualTo(zd));
    }

    @Test
    void a_division_filter_never_widens_the_scope() {
        assertEmpty(api("zd-inspector"), "divisionCode=" + TIANJIN);
        assertEmpty(api("zd-inspector"), "divisionCode=" + BINHAI);
        assertEmpty(api("zd-inspector"), "divisionCode=" + XINGTANG);
        assertEmpty(api("admin"), "divisionCode=" + TIANJIN);
        assertEmpty(api("sjz-supervisor"), "divisionCode=" + BINHAI);
        assertEmpty(api("tj-admin"), "divisionCode=" + HEBEI);
        long zd = demo().departmentId(ZHENGDING);
        // the whole province or city as filter still gives 正定's rows only
        for (String division : List.of(HEBEI, SHIJIAZHUANG, ZHENGDING)) {
            List<JsonNode> rows = allPages(api("zd-inspector"), "size=50&divisionCode=" + division, 20);
            assertThat(rows).as("divisionCode=%s", division).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.path("department").path("id").asLong()).isEqualTo(zd));
        }
        // a supervisor filtering on a county gets enterprises located there, whoever of theirs keeps them
        List<JsonNode> located = allPages(api("sjz-supervisor"), "size=50&divisionCode=" + ZHENGDING, 20);
        assertThat(located).isNotEmpty().allSatisfy(e -> assertThat(text(e, "divisionCode")).isEqualTo(ZHENGDING));
    }

    @Test
    void search_sector_and_risk_filters_narrow_within_the_scope_only() {
        JsonNode cityEnterprise = demo().enterpriseOf("admin", SHIJIAZHUANG);
        String name = text(cityEnterprise, "name");
        String code = text(cityEnterprise, "creditCode");
        assertEmpty(api("zd-inspector"), "q=" + enc(name));
        assertEmpty(api("zd-inspector"), "q=" + code);
        assertThat(ids(allPages(api("sjz-supervisor"), "q=" + enc(name), 5))).contains(cityEnterprise.path("id").asLong());
        assertThat(ids(allPages(api("sjz-inspector"), "q=" + code, 5))).containsExactly(cityEnterprise.path("id").asLong());

        JsonNode own = demo().enterpriseOf("zd-inspector", ZHENGDING);
        long zd = demo().departmentId(ZHENGDING);
        String sector = text(own, "sector");
        List<JsonNode> bySector = allPages(api("zd-inspector"), "size=50&sector=" + sector, 20);
        assertThat(ids(bySector)).contains(own.path("id").asLong());
        assertThat(bySector).allSatisfy(e -> {
            assertThat(text(e, "sector")).isEqualTo(sector);
            assertThat(e.path("department").path("id").asLong()).isEqualTo(zd);
        });
        String risk = text(own, "riskGrade");
        List<JsonNode> byRisk = allPages(api("zd-inspector"), "size=50&riskGrade=" + risk, 20);
        assertThat(ids(byRisk)).contains(own.path("id").asLong());
        assertThat(byRisk).allSatisfy(e -> {
            assertThat(text(e, "riskGrade")).isEqualTo(risk);
            assertThat(e.path("department").path("id").asLong()).isEqualTo(zd);
        });
        // the same sector for the province admin also holds other departments' rows, but never Tianjin's
        List<JsonNode> provinceWide = allPages(api("admin"), "size=200&sector=" + sector, 20);
        assertThat(provinceWide.size()).isGreaterThanOrEqualTo(bySector.size());
        assertThat(provinceWide).allSatisfy(e -> {
            assertThat(text(e, "sector")).isEqualTo(sector);
            assertThat(text(e, "divisionCode")).startsWith("13");
        });
    }

    // ---- one enterprise ----

    @Test
    void county_inspector_reads_an_enterprise_of_their_own_department() {
        long id = demo().enterpriseIdOf("admin", ZHENGDING);
        JsonNode e = api("zd-inspector").getJson("/api/v1/enterprises/" + id);
        assertThat(e.path("id").asLong()).isEqualTo(id);
        assertThat(text(e.path("department"), "name")).isEqualTo(ZHENGDING_DEPARTMENT);
    }

    @Test
    void county_inspector_gets_404_for_a_city_enterprise() {
        assertNotFound(api("zd-inspector"), demo().enterpriseIdOf("admin", SHIJIAZHUANG));
    }

    @Test
    void county_inspector_gets_404_for_a_province_enterprise_and_a_neighbouring_county_enterprise() {
        assertNotFound(api("zd-inspector"), demo().enterpriseIdOf("admin", HEBEI));
        assertNotFound(api("zd-inspector"), demo().enterpriseIdOf("admin", XINGTANG));
    }

    @Test
    void city_supervisor_reads_down_into_a_county_enterprise() {
        long id = demo().enterpriseIdOf("admin", ZHENGDING);
        JsonNode e = api("sjz-supervisor").getJson("/api/v1/enterprises/" + id);
        assertThat(e.path("id").asLong()).isEqualTo(id);
        assertThat(text(e.path("department"), "divisionCode")).isEqualTo(ZHENGDING);
    }

    @Test
    void inspectors_do_not_read_down_even_at_city_or_province_level() {
        assertNotFound(api("sjz-inspector"), demo().enterpriseIdOf("admin", ZHENGDING));
        assertNotFound(api("hb-inspector"), demo().enterpriseIdOf("admin", SHIJIAZHUANG));
        assertNotFound(api("hb-inspector"), demo().enterpriseIdOf("admin", ZHENGDING));
    }

    @Test
    void city_supervisor_gets_404_for_a_province_enterprise_and_for_tianjin() {
        assertNotFound(api("sjz-supervisor"), demo().enterpriseIdOf("admin", HEBEI));
        assertNotFound(api("sjz-supervisor"), demo().enterpriseIdOf("tj-admin", BINHAI));
    }

    @Test
    void province_admin_reads_a_county_enterprise_but_gets_404_for_a_tianjin_enterprise() {
        long county = demo().enterpriseIdOf("admin", ZHENGDING);
        expect(api("admin").get("/api/v1/enterprises/" + county), 200);
        assertNotFound(api("admin"), demo().enterpriseIdOf("tj-admin", TIANJIN));
        assertNotFound(api("admin"), demo().enterpriseIdOf("tj-admin", BINHAI));
    }

    @Test
    void tianjin_users_get_404_for_hebei_enterprises_and_binhai_for_the_municipality() {
        assertNotFound(api("tj-admin"), demo().enterpriseIdOf("admin", ZHENGDING));
        assertNotFound(api("tj-admin"), demo().enterpriseIdOf("admin", HEBEI));
        assertNotFound(api("bh-inspector"), demo().enterpriseIdOf("tj-admin", TIANJIN));
        expect(api("tj-admin").get("/api/v1/enterprises/" + demo().enterpriseIdOf("tj-admin", BINHAI)), 200);
    }

    @Test
    void a_nonexistent_enterprise_is_404_exactly_like_one_out_of_scope() {
        JsonNode missing = problem(api("admin").get("/api/v1/enterprises/987654321"), 404);
        JsonNode hidden = problem(api("zd-inspector").get("/api/v1/enterprises/"
                + demo().enterpriseIdOf("admin", SHIJIAZHUANG)), 404);
        assertThat(text(missing, "detail")).isEqualTo(NOT_FOUND).isEqualTo(text(hidden, "detail"));
        assertThat(text(missing, "title")).isEqualTo(text(hidden, "title"));
    }

    // ---- registration ----

    @Test
    void registering_an_enterprise_answers_201_with_its_location_and_the_callers_department() {
        String code = Demo.newCreditCode(ZHENGDING);
        Http.Response created = api("zd-inspector").post("/api/v1/enterprises",
                Http.json(Demo.enterpriseBody(code, ZHENGDING, "正定新登记测试有限公司")));
        expect(created, 201);
        JsonNode e = created.json();
        long id = e.path("id").asLong();
        assertThat(id).isPositive();
        assertThat(created.location()).isEqualTo("/api/v1/enterprises/" + id);
        assertThat(text(e, "creditCode")).isEqualTo(code);
        assertThat(text(e, "name")).isEqualTo("正定新登记测试有限公司");
        assertThat(text(e, "divisionCode")).isEqualTo(ZHENGDING);
        assertThat(text(e, "divisionName")).isEqualTo("正定县");
        assertThat(e.path("department").path("id").asLong()).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(e.path("version").asLong()).isZero();
        JsonNode again = api("zd-inspector").getJson(created.location());
        assertThat(again.path("id").asLong()).isEqualTo(id);
        assertThat(text(again, "creditCode")).isEqualTo(code);
    }

    @Test
    void an_enterprise_registered_by_the_city_supervisor_in_a_county_belongs_to_the_city() {
        JsonNode e = demo().createEnterprise("sjz-supervisor", ZHENGDING);
        assertThat(e.path("department").path("id").asLong()).isEqualTo(demo().departmentId(SHIJIAZHUANG));
        assertThat(text(e, "divisionCode")).isEqualTo(ZHENGDING);
        // so the county, below it, neither sees it nor finds it
        assertNotFound(api("zd-inspector"), e.path("id").asLong());
        assertEmpty(api("zd-inspector"), "q=" + text(e, "creditCode"));
    }

    @Test
    void a_county_inspector_cannot_register_outside_the_county() {
        for (String outside : List.of(XINGTANG, SHIJIAZHUANG, BINHAI)) {
            String code = Demo.newCreditCode(ZHENGDING);
            JsonNode p = problem(api("zd-inspector").post("/api/v1/enterprises",
                    Http.json(Demo.enterpriseBody(code, outside, "辖区外测试有限公司"))), 400);
            assertThat(errorsFor(p, "divisionCode")).as("location %s", outside)
                    .containsExactly("该地点不在本执法主体的辖区内。");
            assertEmpty(api("admin"), "q=" + code);
            assertEmpty(api("tj-admin"), "q=" + code);
        }
    }

    @Test
    void a_tianjin_inspector_cannot_register_in_hebei_nor_the_city_supervisor_in_another_city() {
        JsonNode p = problem(api("bh-inspector").post("/api/v1/enterprises",
                Http.json(Demo.enterpriseBody(Demo.newCreditCode(BINHAI), ZHENGDING, "跨省测试有限公司"))), 400);
        assertThat(errorsFor(p, "divisionCode")).containsExactly("该地点不在本执法主体的辖区内。");
        JsonNode q = problem(api("sjz-supervisor").post("/api/v1/enterprises",
                Http.json(Demo.enterpriseBody(Demo.newCreditCode("130202"), "130202", "跨市测试有限公司"))), 400);
        assertThat(errorsFor(q, "divisionCode")).containsExactly("该地点不在本执法主体的辖区内。");
    }

    // ---- reassignment (调整管辖) and taking over (提级管辖) ----

    @Test
    void province_admin_reassigns_a_county_enterprise_to_the_city_with_a_reason() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long city = demo().departmentId(SHIJIAZHUANG);
        String reason = "跨县经营，调整至市局管辖" + id;
        Http.Response moved = api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", city, "reason", reason)));
        JsonNode e = expect(moved, 200).json();
        assertThat(e.path("department").path("id").asLong()).isEqualTo(city);
        assertThat(e.path("version").asLong()).isEqualTo(1);
        assertThat(departmentOf("admin", id)).isEqualTo(city);
        assertThat(departmentOf("sjz-supervisor", id)).isEqualTo(city);
        // now kept above the county: the county no longer sees it
        assertNotFound(api("zd-inspector"), id);
        // the enterprise's history records the move with its reason, and so does the audit log
        assertThat(assignments(id)).containsExactly(
                new Assignment("INITIAL", null, demo().departmentId(ZHENGDING), null, "zd-inspector"),
                new Assignment("REASSIGNED", demo().departmentId(ZHENGDING), city, reason, "admin"));
        assertThat(auditActions(id)).containsExactly("EnterpriseRegistered", "EnterpriseReassigned");
    }

    @Test
    void reassignment_without_a_reason_is_refused_with_400_and_changes_nothing() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long city = demo().departmentId(SHIJIAZHUANG);
        for (String body : List.of(Http.json(Map.of("departmentId", city)),
                Http.json(Map.of("departmentId", city, "reason", "   ")))) {
            JsonNode p = problem(api("admin").put("/api/v1/enterprises/" + id + "/department", body), 400);
            assertThat(errorsFor(p, "reason")).containsExactly("请填写理由。");
        }
        assertThat(departmentOf("admin", id)).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(api("admin").getJson("/api/v1/enterprises/" + id).path("version").asLong()).isZero();
    }

    @Test
    void an_inspector_cannot_reassign_even_an_enterprise_of_their_own_department() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode p = problem(api("zd-inspector").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(SHIJIAZHUANG), "reason", "想交给市局"))), 403);
        assertThat(text(p, "detail")).isEqualTo("只有本级或上级执法主体的管理员可以调整管辖。");
        JsonNode q = problem(api("zd-inspector2").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(ZHENGDING), "reason", "本县"))), 403);
        assertThat(text(q, "detail")).isNotBlank();
        assertThat(departmentOf("zd-inspector", id)).isEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void city_supervisor_takes_over_a_county_enterprise_into_the_city_department() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long city = demo().departmentId(SHIJIAZHUANG);
        String reason = "重大隐患，提级管辖" + id;
        JsonNode e = expect(api("sjz-supervisor").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", city, "reason", reason))), 200).json();
        assertThat(e.path("department").path("id").asLong()).isEqualTo(city);
        assertThat(text(e.path("department"), "name")).isEqualTo(SHIJIAZHUANG_DEPARTMENT);
        assertNotFound(api("zd-inspector"), id);
        assertThat(assignments(id)).last().isEqualTo(
                new Assignment("TAKEN_OVER", demo().departmentId(ZHENGDING), city, reason, "sjz-supervisor"));
        assertThat(auditActions(id)).containsExactly("EnterpriseRegistered", "EnterpriseTakenOver");
    }

    @Test
    void city_supervisor_cannot_move_a_county_enterprise_to_another_county() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode p = problem(api("sjz-supervisor").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(XINGTANG), "reason", "移交行唐"))), 403);
        assertThat(text(p, "detail")).isEqualTo("只有本级或上级执法主体的管理员可以调整管辖。");
        assertThat(departmentOf("zd-inspector", id)).isEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void city_supervisor_cannot_take_over_an_enterprise_kept_by_the_province() {
        long id = demo().createEnterpriseId("admin", ZHENGDING);
        problem(api("sjz-supervisor").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(SHIJIAZHUANG), "reason", "下级接管"))), 404);
        assertThat(departmentOf("admin", id)).isEqualTo(demo().departmentId(HEBEI));
    }

    @Test
    void county_inspector_gets_404_when_moving_a_city_enterprise() {
        long id = demo().createEnterpriseId("sjz-supervisor", ZHENGDING);
        for (String division : List.of(ZHENGDING, SHIJIAZHUANG)) {
            JsonNode p = problem(api("zd-inspector").put("/api/v1/enterprises/" + id + "/department",
                    Http.json(Map.of("departmentId", demo().departmentId(division), "reason", "下级要回"))), 404);
            assertThat(text(p, "detail")).isEqualTo(NOT_FOUND);
        }
        assertThat(departmentOf("sjz-supervisor", id)).isEqualTo(demo().departmentId(SHIJIAZHUANG));
    }

    @Test
    void a_target_department_whose_division_does_not_contain_the_enterprise_is_refused_with_400() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode p = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(XINGTANG), "reason", "调至行唐"))), 400);
        assertThat(errorsFor(p, "departmentId")).containsExactly("目标执法主体的辖区必须包含企业所在地。");
        JsonNode q = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId("130200"), "reason", "调至唐山"))), 400);
        assertThat(errorsFor(q, "departmentId")).containsExactly("目标执法主体的辖区必须包含企业所在地。");
        assertThat(departmentOf("admin", id)).isEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void a_target_department_outside_the_admins_area_or_unknown_or_missing_is_refused_with_400() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode outside = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(BINHAI), "reason", "调至天津"))), 400);
        // outside the admin's sight and nonexistent read the same: the answer tells nothing about other areas
        assertThat(errorsFor(outside, "departmentId")).containsExactly("执法主体不存在，或不在您可选择的范围内。");
        JsonNode unknown = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", 987654321L, "reason", "调至不存在的部门"))), 400);
        assertThat(errorsFor(unknown, "departmentId")).containsExactly("执法主体不存在，或不在您可选择的范围内。");
        JsonNode missing = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("reason", "没有目标"))), 400);
        assertThat(errorsFor(missing, "departmentId")).containsExactly("请选择执法主体。");
        JsonNode same = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(ZHENGDING), "reason", "原地不动"))), 400);
        assertThat(errorsFor(same, "departmentId")).containsExactly("企业已由该执法主体管辖。");
        assertThat(departmentOf("admin", id)).isEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void tianjin_admin_gets_404_when_moving_a_hebei_enterprise() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        for (long target : List.of(demo().departmentId(TIANJIN), demo().departmentId(SHIJIAZHUANG))) {
            JsonNode p = problem(api("tj-admin").put("/api/v1/enterprises/" + id + "/department",
                    Http.json(Map.of("departmentId", target, "reason", "跨省调整"))), 404);
            assertThat(text(p, "detail")).isEqualTo(NOT_FOUND);
        }
        assertThat(departmentOf("admin", id)).isEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void a_county_admin_cannot_move_an_enterprise_out_of_the_county_nor_touch_the_citys() {
        String username = uniqueUsername("zd-admin");
        String password = "County2026admin";
        openAccount(username, password, ZHENGDING, "ADMIN", "SUPERVISOR");
        Http.Api countyAdmin = api(username, password);
        long own = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        expect(countyAdmin.get("/api/v1/enterprises/" + own), 200);
        JsonNode up = problem(countyAdmin.put("/api/v1/enterprises/" + own + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(SHIJIAZHUANG), "reason", "上交市局"))), 400);
        assertThat(errorsFor(up, "departmentId")).containsExactly("执法主体不存在，或不在您可选择的范围内。");
        long cityOwned = demo().createEnterpriseId("sjz-supervisor", ZHENGDING);
        problem(countyAdmin.put("/api/v1/enterprises/" + cityOwned + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(ZHENGDING), "reason", "要回本县"))), 404);
        assertThat(departmentOf("admin", own)).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(departmentOf("admin", cityOwned)).isEqualTo(demo().departmentId(SHIJIAZHUANG));
        // the county admin sees only the county's departments
        assertThat(list(countyAdmin.getJson("/api/v1/departments"))).extracting(d -> text(d, "divisionCode"))
                .containsExactly(ZHENGDING);
    }

    // ---- optimistic locking ----

    @Test
    void a_move_with_a_stale_version_is_refused_with_409_and_changes_nothing() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long seen = api("admin").getJson("/api/v1/enterprises/" + id).path("version").asLong();
        long city = demo().departmentId(SHIJIAZHUANG);
        expect(api("sjz-supervisor").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", city, "reason", "提级", "version", seen))), 200);
        JsonNode p = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(ZHENGDING), "reason", "发回", "version", seen))),
                409);
        assertThat(text(p, "detail")).contains("已被他人修改");
        JsonNode now = api("admin").getJson("/api/v1/enterprises/" + id);
        assertThat(now.path("department").path("id").asLong()).isEqualTo(city);
        assertThat(now.path("version").asLong()).isEqualTo(seen + 1);
        // with the current version the same move goes through
        JsonNode back = expect(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(ZHENGDING), "reason", "发回",
                        "version", seen + 1))), 200).json();
        assertThat(back.path("department").path("id").asLong()).isEqualTo(demo().departmentId(ZHENGDING));
    }

    // ---- the audit chain ----

    @Test
    void the_audit_chain_is_intact_after_a_registration_and_only_admins_may_verify_it() {
        demo().createEnterprise("zd-inspector", ZHENGDING);
        JsonNode first = api("admin").getJson("/api/v1/audit/verification");
        assertThat(first.path("broken").isArray()).as("%s", first).isTrue();
        assertThat(first.path("broken").size()).as("%s", first).isZero();
        assertThat(first.path("checked").asLong()).isPositive();
        demo().createEnterprise("bh-inspector", BINHAI);
        JsonNode second = api("tj-admin").getJson("/api/v1/audit/verification");
        assertThat(second.path("broken").size()).as("%s", second).isZero();
        assertThat(second.path("checked").asLong()).isPositive();
        // a chain is costly to recompute: province-level admins only
        String cityAdmin = uniqueUsername("city-admin");
        openAccount(cityAdmin, "CityAdmin-2026", "130100", "ADMIN");
        for (String user : List.of("zd-inspector", "sjz-supervisor", "hb-inspector")) {
            JsonNode p = problem(api(user).get("/api/v1/audit/verification"), 403);
            assertThat(text(p, "detail")).as(user).isEqualTo("只有省级执法主体的管理员可以校验全过程记录。");
        }
        problem(api(cityAdmin, "CityAdmin-2026").get("/api/v1/audit/verification"), 403);
    }

    @Test
    void a_province_admin_verifies_and_counts_only_the_own_provinces_chain_never_the_national_count() {
        JsonNode tianjinBefore = api("tj-admin").getJson("/api/v1/audit/verification");
        JsonNode hebeiBefore = api("admin").getJson("/api/v1/audit/verification");
        demo().createEnterprise("zd-inspector", ZHENGDING);
        JsonNode tianjinAfterHebei = api("tj-admin").getJson("/api/v1/audit/verification");
        JsonNode hebeiAfterHebei = api("admin").getJson("/api/v1/audit/verification");
        demo().createEnterprise("bh-inspector", BINHAI);
        JsonNode tianjinAfterTianjin = api("tj-admin").getJson("/api/v1/audit/verification");

        // a registration in 河北 is not counted for 天津, and one in 天津 is
        assertThat(tianjinAfterHebei.path("checked").asLong()).isEqualTo(tianjinBefore.path("checked").asLong());
        assertThat(hebeiAfterHebei.path("checked").asLong()).isGreaterThan(hebeiBefore.path("checked").asLong());
        assertThat(tianjinAfterTianjin.path("checked").asLong())
                .isGreaterThan(tianjinAfterHebei.path("checked").asLong());
        assertThat(tianjinAfterTianjin.path("checked").asLong() + hebeiAfterHebei.path("checked").asLong())
                .as("neither count is the national one").isLessThan(totalAuditEntries());
        assertThat(text(tianjinBefore, "chain")).isEqualTo("120000");
        assertThat(text(hebeiBefore, "chain")).isEqualTo("130000");
    }

    @Test
    void the_audit_verification_says_intact_true_in_so_many_words() {
        demo().createEnterprise("zd-inspector", ZHENGDING);
        JsonNode verification = api("admin").getJson("/api/v1/audit/verification");
        assertThat(verification.propertyNames()).as("%s", verification).contains("intact", "checked", "broken");
        assertThat(verification.path("intact").asBoolean()).isTrue();
    }

    // ---- helpers ----

    private List<String> departmentDivisions(String username) {
        return list(api(username).getJson("/api/v1/departments")).stream().map(d -> text(d, "divisionCode")).toList();
    }

    private Set<Long> departmentIds(String username) {
        Set<Long> ids = new HashSet<>();
        for (JsonNode d : api(username).getJson("/api/v1/departments").values()) {
            ids.add(d.path("id").asLong());
        }
        return ids;
    }

    private long departmentOf(String username, long enterpriseId) {
        return api(username).getJson("/api/v1/enterprises/" + enterpriseId).path("department").path("id").asLong();
    }

    private static void assertNotFound(Http.Api api, long id) {
        JsonNode p = problem(api.get("/api/v1/enterprises/" + id), 404);
        assertThat(text(p, "detail")).isEqualTo(NOT_FOUND);
        assertThat(p.has("creditCode")).isFalse();
    }

    private static void assertEmpty(Http.Api api, String query) {
        JsonNode page = api.getJson("/api/v1/enterprises?" + query);
        assertThat(page.path("items").size()).as("%s: %s", api.username(), query).isZero();
        assertThat(page.get("next") == null || page.get("next").isNull()).as("no next cursor").isTrue();
    }

    /** Follows the {@code next} cursors to the end (at most {@code maxPages}), checking each page's size. */
    static List<JsonNode> allPages(Http.Api api, String query, int maxPages) {
        List<JsonNode> ordered = new ArrayList<>();
        int size = query.matches(".*\\bsize=\\d+.*") ? Integer.parseInt(query.replaceAll(".*\\bsize=(\\d+).*", "$1"))
                : 50;
        String next = null;
        for (int page = 0; page < maxPages; page++) {
            JsonNode p = api.getJson("/api/v1/enterprises?" + query + (next == null ? "" : "&after=" + next));
            List<JsonNode> items = list(p.path("items"));
            assertThat(items.size()).isLessThanOrEqualTo(size);
            ordered.addAll(items);
            next = text(p, "next");
            if (next == null) {
                return ordered;
            }
            assertThat(items).as("a page with a next cursor is full").hasSize(size);
        }
        throw new AssertionError("more than " + maxPages + " pages for " + query);
    }

    static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(array.values());
    }

    static List<Long> ids(List<JsonNode> rows) {
        return rows.stream().map(e -> e.path("id").asLong()).toList();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
