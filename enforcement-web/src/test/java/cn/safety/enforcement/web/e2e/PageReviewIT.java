package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the review of the pages found: each finding, proved fixed over HTTP. */
class PageReviewIT extends EndToEndIT {

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
