package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk generator writes rows the rules would have accepted, and leaves the kept counts exact. */
class EnterpriseGeneratorIT extends WebIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generated_enterprises_have_valid_codes_lie_within_their_department_and_are_counted() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();

        new EnterpriseGenerator(dataSource, 600).run(null);

        long after = jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
        assertThat(after - before).isEqualTo(600);
        List<String> codes = jdbc.sql("SELECT credit_code FROM enterprise ORDER BY id DESC LIMIT 600")
                .query(String.class).list();
        assertThat(codes).allSatisfy(code -> assertThat(CreditCode.problemWith(code)).as(code).isNull());
        long outside = jdbc.sql("""
                        SELECT count(*) FROM enterprise e JOIN department d ON d.id = e.department_id
                        WHERE NOT (e.division_code = d.division_code OR e.city_code = d.division_code
                                   OR e.province_code = d.division_code)""").query(Long.class).single();
        assertThat(outside).isZero();
        long withoutAssignment = jdbc.sql("""
                        SELECT count(*) FROM enterprise e
                        WHERE NOT EXISTS (SELECT 1 FROM enterprise_assignment a WHERE a.enterprise_id = e.id)""")
                .query(Long.class).single();
        assertThat(withoutAssignment).isZero();
        long miscounted = jdbc.sql("""
                        SELECT count(*) FROM (SELECT department_id, risk_grade, count(*) AS n FROM enterprise
                                              GROUP BY department_id, risk_grade) actual
                        FULL JOIN enterprise_risk_count kept USING (department_id, risk_grade)
                        WHERE coalesce(actual.n, 0) <> coalesce(kept.enterprises, 0)""").query(Long.class).single();
        assertThat(miscounted).isZero();
    }
}
