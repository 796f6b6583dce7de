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
        Http.Browser admin = browser("admin");
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
}
