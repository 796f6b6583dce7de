package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The departments and divisions that the pages keep in memory are dropped on this node the moment a change to them
 * commits, and an account's scope is always that of its department now: each test loads the pages first, so that what
 * it changes was kept.
 */
class KeptReferenceDataIT extends EndToEndIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_department_established_is_at_once_among_the_choices_of_the_admin_and_of_the_supervisor_above_it() {
        Http.Browser admin = browser("admin");
        Http.Browser supervisor = browser("sjz-supervisor");
        String name = "正定县执法大队" + Long.toString(System.nanoTime(), 36);
        assertThat(departmentChoices(admin.page("/enterprises"))).doesNotContain(name);
        assertThat(departmentChoices(supervisor.page("/enterprises"))).doesNotContain(name);

        expect(admin.submit("/admin/departments", Http.Form.of("name", name, "divisionCode", ZHENGDING)), 302);

        assertThat(departmentChoices(admin.page("/enterprises"))).contains(name);
        assertThat(departmentChoices(supervisor.page("/enterprises"))).contains(name);
        assertThat(admin.page("/admin/departments")).contains(name);
    }

    @Test
    void a_department_renamed_shows_its_new_name_at_once() {
        Http.Browser admin = browser("admin");
        String name = "行唐县执法大队" + Long.toString(System.nanoTime(), 36);
        expect(admin.submit("/admin/departments", Http.Form.of("name", name, "divisionCode", XINGTANG)), 302);
        long id = departmentId(name);
        assertThat(departmentChoices(admin.page("/enterprises"))).contains(name);

        Http.Form rename = Html.form(admin.page("/admin/departments"), "/admin/departments/" + id + "/rename");
        String renamed = name + "改";
        expect(admin.submit("/admin/departments/" + id + "/rename", rename.set("name", renamed)), 302);
        assertThat(admin.page("/admin/departments")).contains(renamed);

        assertThat(departmentChoices(admin.page("/enterprises"))).contains(renamed).doesNotContain(name);
    }

    @Test
    void a_division_established_renamed_and_retired_is_at_once_what_the_location_choices_show() {
        Http.Browser admin = browser("admin");
        String code = freeCountyCode();
        String name = "测试新区" + code;
        assertThat(divisionChoices(admin.page("/enterprises"))).noneMatch(c -> c.startsWith(name));

        expect(admin.submit("/admin/divisions", Http.Form.of("code", code, "name", name, "parentCode", SHIJIAZHUANG)),
                302);
        assertThat(divisionChoices(admin.page("/enterprises"))).contains(name + " " + code);

        Http.Form rename = Html.form(admin.page("/admin/divisions?parent=" + SHIJIAZHUANG),
                "/admin/divisions/" + code + "/rename");
        expect(admin.submit("/admin/divisions/" + code + "/rename", rename.set("name", name + "改")), 302);
        assertThat(divisionChoices(admin.page("/enterprises"))).contains(name + "改 " + code)
                .doesNotContain(name + " " + code);

        Http.Form retire = Html.form(admin.page("/admin/divisions/" + code + "/retire"),
                "/admin/divisions/" + code + "/retire");
        expect(admin.submit("/admin/divisions/" + code + "/retire", retire.set("reason", "撤销测试")), 302);
        assertThat(divisionChoices(admin.page("/enterprises"))).noneMatch(c -> c.endsWith(" " + code));
    }

    @Test
    void an_account_moved_to_another_department_reads_only_the_new_departments_records() {
        String username = uniqueUsername("moved");
        long id = openAccount(username, "Moved-2026-pass", ZHENGDING, "INSPECTOR");
        demo().createEnterprise("zd-inspector", ZHENGDING);
        Http.Browser user = browser(username, "Moved-2026-pass");
        assertThat(departmentsOnRows(user.page("/enterprises"))).containsOnly(Demo.ZHENGDING_DEPARTMENT);

        Http.Browser admin = browser("admin");
        Http.Form form = Html.form(admin.page("/admin/users/" + id), "/admin/users/" + id);
        form.set("departmentId", String.valueOf(demo().departmentId(XINGTANG)));
        expect(admin.submit("/admin/users/" + id, form), 302);

        Http.Response ended = user.get("/enterprises");
        expect(ended, 302);
        assertThat(ended.location()).endsWith("/login");
        Http.Browser again = browser(username, "Moved-2026-pass");
        List<String> departments = departmentsOnRows(again.page("/enterprises"));
        assertThat(departments).doesNotContain(Demo.ZHENGDING_DEPARTMENT);
        assertThat(departments).allMatch(d -> d.startsWith("行唐县"));
        long zhengdingEnterprise = demo().enterpriseIdOf("admin", ZHENGDING);
        expect(again.get("/enterprises/" + zhengdingEnterprise), 404);
    }

    private long departmentId(String name) {
        for (JsonNode d : api("admin").getJson("/api/v1/departments").values()) {
            if (name.equals(Http.text(d, "name"))) {
                return d.path("id").asLong();
            }
        }
        throw new AssertionError("no department named " + name);
    }

    /** A county code under 石家庄 that no division has yet. */
    private String freeCountyCode() {
        for (int n = 99; n > 40; n--) {
            String code = "1301" + n;
            if (jdbc.sql("SELECT count(*) FROM division WHERE code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
        throw new AssertionError("no free county code under 130100");
    }

    private static List<String> departmentChoices(String listPage) {
        return options(listPage, "departmentId");
    }

    private static List<String> divisionChoices(String listPage) {
        return options(listPage, "divisionCode");
    }

    /** The texts of the options of the select with this id (the first, "all", left out). */
    private static List<String> options(String html, String selectId) {
        java.util.regex.Matcher select = java.util.regex.Pattern.compile(
                "<select id=\"" + selectId + "\"[^>]*>(.*?)</select>", java.util.regex.Pattern.DOTALL).matcher(html);
        if (!select.find()) {
            return List.of();
        }
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*>(.*?)</option>",
                java.util.regex.Pattern.DOTALL).matcher(select.group(1));
        List<String> texts = new java.util.ArrayList<>();
        while (option.find()) {
            if (!option.group(1).isEmpty()) {
                texts.add(Html.textOf(option.group(2)));
            }
        }
        return texts;
    }

    /** The department column of the list's rows. */
    private static List<String> departmentsOnRows(String listPage) {
        return Html.rows(listPage).stream().map(cells -> cells.get(5)).toList();
    }
}
