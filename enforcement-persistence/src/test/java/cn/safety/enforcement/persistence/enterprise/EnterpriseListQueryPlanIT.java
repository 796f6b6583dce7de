package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.RecordingStatementInspector;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list query as Hibernate actually generates it, explained by PostgreSQL on a table with a few thousand rows: a
 * department's page must come from an index, never from reading the whole table.
 */
class EnterpriseListQueryPlanIT extends PersistenceIT {

    private static final int DEPARTMENTS = 100;
    private static final int ROWS_PER_DEPARTMENT = 30;

    @Autowired
    Enterprises enterprises;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_page_query_of_one_department_finds_its_rows_through_an_index_on_the_first_and_later_pages() {
        List<Long> departments = insertDepartments();
        insertEnterprises(departments);
        jdbc.sql("ANALYZE enterprise").update();
        long target = departments.get(DEPARTMENTS / 2);
        Scope scope = new Scope(Set.of(target));

        List<Enterprise> firstPage = new ArrayList<>();
        String firstSql = listSql(() -> firstPage.addAll(enterprises.page(scope, EnterpriseFilter.none(), null, 11)));
        long cursor = firstPage.get(10).getId();
        List<Enterprise> laterPage = new ArrayList<>();
        String laterSql = listSql(() -> laterPage.addAll(
                enterprises.page(scope, EnterpriseFilter.none(), cursor, 11)));

        assertThat(firstPage).hasSize(11).extracting(Enterprise::getDepartmentId).containsOnly(target);
        assertThat(laterPage).hasSize(11).allMatch(e -> e.getId() < cursor && e.getDepartmentId() == target);

        String firstPlan = explain(firstSql, target, 11);
        assertThat(firstPlan).as(firstPlan).contains("Index").doesNotContain("Seq Scan on enterprise")
                .containsPattern("Index Cond: \\(+\\w*\\.?department_id = " + target + "\\)");
        String laterPlan = explain(laterSql, target, cursor, 11);
        assertThat(laterPlan).as(laterPlan).contains("Index").doesNotContain("Seq Scan on enterprise")
                .containsPattern("Index Cond: \\(+\\w*\\.?department_id = " + target + "\\)");
    }

    @Test
    void a_name_search_of_one_or_two_characters_over_many_departments_reads_the_index_of_name_grams() {
        List<Long> departments = insertDepartments();
        insertManyEnterprises(departments, 30_000);
        String token = TestData.unique();
        // a handful of names with terms no other row has, among thousands of names that share 批量企业
        insertNamed(departments.get(7), "冀中" + token + "测试化工有限公司");
        insertNamed(departments.get(42), "测试" + token + "机械厂");
        insertNamed(departments.get(77), token + "燚鑫矿业");
        jdbc.sql("ANALYZE enterprise").update();
        Scope scope = new Scope(Set.copyOf(departments));

        for (String term : List.of("测试", "燚")) {
            List<Enterprise> page = new ArrayList<>();
            String sql = listSql(() -> page.addAll(enterprises.page(scope,
                    new EnterpriseFilter(term, null, null, null, null), null, 21)));
            assertThat(page).extracting(Enterprise::getName).isNotEmpty().allMatch(n -> n.contains(term));

            String plan = explain(sql, searchValues(sql, departments, term, 21).toArray());
            assertThat(plan).as(plan).contains("enterprise_name_grams_idx").doesNotContain("Seq Scan on enterprise");
        }
    }

    /**
     * The values of a search query's placeholders: the scope's departments, then the term for the grams and the
     * pattern for the LIKE, then the page size.
     */
    private static List<Object> searchValues(String sql, List<Long> departments, String term, int limit) {
        String[] parts = sql.split("\\?", -1);
        List<Object> values = new ArrayList<>(departments);
        for (int i = departments.size(); i < parts.length - 2; i++) {
            values.add(parts[i].endsWith("like ") ? "%" + term + "%" : term);
        }
        values.add(limit);
        return values;
    }

    /** Enough rows that reading them all costs more than an index would, in one statement. */
    private void insertManyEnterprises(List<Long> departments, int n) {
        jdbc.sql("""
                        INSERT INTO enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                                sector, employees, standardization_grade, risk_grade, status,
                                                department_id, created_at, updated_at)
                        SELECT nextval('enterprise_seq'), 'Y1' || lpad((:base + g)::text, 16, '0'), '批量企业' || g,
                               '测试路1号', '130123', '130100', '130000', 'MINING', 20, 'NONE', 'BLUE', 'OPERATING',
                               d.ids[1 + g % cardinality(d.ids)], now(), now()
                        FROM generate_series(1, :n) g, (SELECT CAST(:departments AS bigint[]) AS ids) d""")
                .param("base", System.nanoTime() % 1_000_000_000_000L)
                .param("departments", departments.stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")))
                .param("n", n)
                .update();
    }

    private void insertNamed(long department, String name) {
        jdbc.sql("""
                        INSERT INTO enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                                sector, employees, standardization_grade, risk_grade, status,
                                                department_id, created_at, updated_at)
                        VALUES (nextval('enterprise_seq'), :code, :name, '测试路1号', '130123', '130100', '130000',
                                'MINING', 20, 'NONE', 'RED', 'OPERATING', :department, now(), now())""")
                .param("code", TestData.creditCode("130123"))
                .param("name", name)
                .param("department", department)
                .update();
    }

    /** The one SELECT on the enterprise table that {@code work} sends. */
    private static String listSql(Runnable work) {
        List<String> statements = RecordingStatementInspector.record(work).stream()
                .filter(s -> s.contains(" from enterprise ")).toList();
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    /** EXPLAIN of {@code sql} with its placeholders replaced, in order, by {@code values}. */
    private String explain(String sql, Object... values) {
        String[] parts = sql.split("\\?", -1);
        assertThat(parts.length - 1).as("placeholders in %s", sql).isEqualTo(values.length);
        StringBuilder bound = new StringBuilder(parts[0]);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            bound.append(v instanceof String text ? "'" + text.replace("'", "''") + "'" : v).append(parts[i + 1]);
        }
        return String.join("\n", jdbc.sql("EXPLAIN " + bound).query(String.class).list());
    }

    /** As many county departments as a city has, in one statement. */
    private List<Long> insertDepartments() {
        return jdbc.sql("""
                        INSERT INTO department (id, name, division_code, city_code, province_code, level, created_at)
                        SELECT nextval('department_seq'), :name || g, '130123', '130100', '130000', 'COUNTY', now()
                        FROM generate_series(1, :n) g
                        RETURNING id""")
                .param("name", "执行计划应急管理局" + TestData.unique() + "-")
                .param("n", DEPARTMENTS)
                .query(Long.class).list();
    }

    /** A fast batch of rows straight into the table, spread evenly over the departments. */
    private void insertEnterprises(List<Long> departments) {
        int total = departments.size() * ROWS_PER_DEPARTMENT;
        Timestamp now = Timestamp.from(Instant.now());
        Sector[] sectors = Sector.values();
        RiskGrade[] grades = RiskGrade.values();
        jdbcTemplate.batchUpdate("""
                INSERT INTO enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                        sector, employees, standardization_grade, risk_grade, status,
                                        department_id, created_at, updated_at)
                VALUES (nextval('enterprise_seq'), ?, ?, '测试路1号', '130123', '130100', '130000', ?, 20, 'NONE', ?,
                        'OPERATING', ?, ?, ?)""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setString(1, TestData.creditCode("130123"));
                        ps.setString(2, "批量企业" + i);
                        ps.setString(3, sectors[i % sectors.length].name());
                        ps.setString(4, grades[i % grades.length].name());
                        ps.setLong(5, departments.get(i % departments.size()));
                        ps.setTimestamp(6, now);
                        ps.setTimestamp(7, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return total;
                    }
                });
    }
}
