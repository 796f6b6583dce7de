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
    void the_start_page_of_a_supervisor_runs_one_scoped_query_per_section_and_the_names_once() {
        // the session read, the counts per grade, the working calendar once, the four hazard sections (deadlines,
        // decisions, the 挂牌督办 queue, the major or overdue below) with their enterprises' and departments' names read
        // together once, the inspections in progress and awaiting approval with their names
        assertStartPage("admin", SUPERVISOR_START_PAGE);
    }

    @Test
    void the_start_page_of_an_inspector_runs_its_deadlines_and_its_inspections_only() {
        assertStartPage("zd-inspector", INSPECTOR_START_PAGE);
    }

    @Test
    void the_start_page_of_an_enterprise_account_runs_its_own_enterprise_its_hazards_and_its_file() {
        assertStartPage("zd-ent", ENTERPRISE_START_PAGE);
    }

    /**
     * What each start page runs today, besides the working calendar (one read per year its deadlines reach); before the
     * calendar was read once per request and the hazard sections' names together, the supervisor's ran 26. The
     * supervisor: the session, the counts, four hazard sections (the deadlines in two: the enterprises' and the
     * re-checks', each soonest first), their names (2), the inspections in progress and
     * awaiting approval, each with its names (2), and the inspectors of each inspection awaiting approval (one per row,
     * for the approval policy). The inspector: the session, the counts, the deadlines (2) and their names (2), its
     * inspections and their names (2). The enterprise: the session, its enterprise, its file's enterprise and page, the
     * department in charge, its hazards and their names (2).
     */
    private static final int SUPERVISOR_START_PAGE = 14;
    private static final int INSPECTOR_START_PAGE = 9;
    private static final int ENTERPRISE_START_PAGE = 8;
    /** This year, the next and the last: the most years the deadlines of a to-do list reach in working days. */
    private static final int CALENDAR_YEARS = 3;

    private void assertStartPage(String user, int bound) {
        Http.Browser browser = browser(user);
        browser.page("/");
        List<String> statements = SqlStatements.during(() -> browser.page("/"));
        String shown = SqlStatements.show(statements);
        List<String> calendar = statements.stream().filter(PageStatementsIT::readsCalendar).toList();
        assertThat(calendar).as("the working calendar, at most once a year:%s", shown)
                .hasSizeLessThanOrEqualTo(CALENDAR_YEARS);
        assertThat(statements.size() - calendar.size()).as("statements of the start page of %s:%s", user, shown)
                .isLessThanOrEqualTo(bound);
        assertThat(statements).as(shown).noneMatch(PageStatementsIT::writes);
        assertThat(statements.stream().filter(PageStatementsIT::countsEnterprises))
                .as("no count of the enterprise table:%s", shown).isEmpty();
    }

    private static boolean readsCalendar(String sql) {
        return sql.toLowerCase(Locale.ROOT).matches("(?s)select.*\\bfrom calendar_year\\b.*");
    }

    private void assertListPage(String user) {
        Http.Browser browser = browser(user);
        browser.page("/enterprises");
        String[] page = new String[1];
        List<String> statements = SqlStatements.during(() -> page[0] = browser.page("/enterprises"));
        String shown = SqlStatements.show(statements);
        assertThat(Html.rows(page[0])).as("rows of the list of %s", user).hasSizeGreaterThanOrEqualTo(5);
        // the session read, the page of enterprises, the total and the counts per grade from the kept counts;
        // nothing per row, no count of the enterprise table, no write. The departments of the filter are kept
        // reference data, read again once their kept copy expires (30 s), which may fall between the two requests.
        List<String> kept = statements.stream().filter(PageStatementsIT::readsKeptDepartments).toList();
        assertThat(kept).as("the kept departments, at most once:%s", shown).hasSizeLessThanOrEqualTo(1);
        assertThat(statements.size() - kept.size()).as("statements of the list of %s:%s", user, shown)
                .isLessThanOrEqualTo(4);
        assertThat(statements.stream().filter(PageStatementsIT::readsEnterprises)).as(shown).hasSize(1);
        assertThat(statements.stream().filter(PageStatementsIT::countsEnterprises)).as(shown).isEmpty();
        assertThat(statements).as(shown).noneMatch(PageStatementsIT::writes);
    }

    private static boolean readsKeptDepartments(String sql) {
        return sql.toLowerCase(Locale.ROOT).matches("(?s)select .* from department \\w+ where .*division_code=\\?.*");
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
