package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.web.SqlStatements;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL a page runs is what the page needs: reading the session, the page's own query, and nothing per row. The
 * scope's departments, the filter choices and the signed-in user come from the kept caches, and a read does not write
 * the session. Each page is loaded once first, so that the caches are warm, as they are for a user at work.
 */
class PageStatementsIT extends EndToEndIT {

    @Test
    void the_enterprise_list_of_the_province_admin_runs_the_list_query_and_the_session_read_only() {
        assertListPage("admin");
    }

    @Test
    void the_enterprise_list_of_a_county_inspector_runs_the_list_query_and_the_session_read_only() {
        assertListPage("zd-inspector");
    }

    @Test
    void the_enterprise_list_filtered_and_on_its_second_page_runs_no_more() {
        Http.Browser browser = browser("admin");
        String first = browser.page("/enterprises?sector=HAZARDOUS_CHEMICALS");
        String next = Html.links(first, "/enterprises\\?[^\"]*after=\\d+").get(0);
        browser.page(next);
        List<String> statements = SqlStatements.during(() -> browser.page(next));
        String shown = SqlStatements.show(statements);
        // the session read, the page, and for the total of a filtered list the probe of row 10,001 and one count
        assertThat(statements).as("statements of %s:%s", next, shown).hasSizeLessThanOrEqualTo(4);
        assertThat(statements.stream().filter(PageStatementsIT::readsEnterprises)).as(shown).hasSize(3);
        assertThat(statements.stream().filter(PageStatementsIT::countsEnterprises)).as(shown).hasSize(1);
        assertThat(statements).as(shown).noneMatch(PageStatementsIT::writes);
    }

    @Test
    void the_start_page_runs_the_session_read_the_counts_and_a_fixed_set_of_to_do_reads_and_writes_nothing() {
        // The start page is the to-do list (hazard deadlines, re-checks, decisions, the 挂牌督办 queue, inspections in
        // progress): each section is one scoped page query with the names of its rows read by id in one statement
        // each, and the working calendar of the year. 26 is what the supervisor's page runs today; the calendar is
        // still read once per section and is to be read once per request.
        for (String user : List.of("admin", "zd-inspector")) {
            Http.Browser browser = browser(user);
            browser.page("/");
            List<String> statements = SqlStatements.during(() -> browser.page("/"));
            assertThat(statements).as("statements of the start page of %s:%s", user, SqlStatements.show(statements))
                    .hasSizeLessThanOrEqualTo(26)
                    .noneMatch(PageStatementsIT::writes);
            assertThat(statements.stream().filter(PageStatementsIT::countsEnterprises))
                    .as("no count of the enterprise table:%s", SqlStatements.show(statements)).isEmpty();
        }
    }

    private void assertListPage(String user) {
        Http.Browser browser = browser(user);
        browser.page("/enterprises");
        String[] page = new String[1];
        List<String> statements = SqlStatements.during(() -> page[0] = browser.page("/enterprises"));
        String shown = SqlStatements.show(statements);
        assertThat(Html.rows(page[0])).as("rows of the list of %s", user).hasSizeGreaterThanOrEqualTo(5);
        // the session read, the page of enterprises, the total and the counts per grade from the kept counts;
        // nothing per row, no count of the enterprise table, no write
        assertThat(statements).as("statements of the list of %s:%s", user, shown).hasSizeLessThanOrEqualTo(4);
        assertThat(statements.stream().filter(PageStatementsIT::readsEnterprises)).as(shown).hasSize(1);
        assertThat(statements.stream().filter(PageStatementsIT::countsEnterprises)).as(shown).isEmpty();
        assertThat(statements).as(shown).noneMatch(PageStatementsIT::writes);
    }

    private static boolean readsEnterprises(String sql) {
        String s = sql.toLowerCase(Locale.ROOT);
        return s.startsWith("select") && s.matches("(?s).*\\bfrom enterprise\\b.*");
    }

    private static boolean countsEnterprises(String sql) {
        return readsEnterprises(sql) && sql.toLowerCase(Locale.ROOT).matches("(?s)select count\\(.*");
    }

    private static boolean writes(String sql) {
        String s = sql.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("update") || s.startsWith("insert") || s.startsWith("delete");
    }
}
