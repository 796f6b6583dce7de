package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.ImportReport;
import cn.safety.enforcement.domain.enterprise.ImportRow;
import cn.safety.enforcement.domain.enterprise.ImportingEnterprises;
import cn.safety.enforcement.domain.enterprise.RejectionLog;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.WebIT;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk generator writes rows the rules would have accepted, and leaves the kept counts exact. */
class EnterpriseGeneratorIT extends WebIT {

    @Autowired
    private ImportingEnterprises importing;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisteringEnterprise enterprises;

    @Autowired
    UserDetailsService users;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void generated_enterprises_have_valid_codes_lie_within_their_department_and_are_counted() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();

        new EnterpriseGenerator(dataSource, generating(600)).run(null);

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
        List<String> withFeatures = jdbc.sql("SELECT DISTINCT sector || ' ' || array_to_string(features, ',') FROM ("
                        + " SELECT sector, features FROM enterprise ORDER BY id DESC LIMIT 600) g"
                        + " WHERE cardinality(features) > 0").query(String.class).list();
        // the 工贸 kinds carry their features (the database refuses features of any other sector)
        assertThat(withFeatures).contains("INDUSTRY_TRADE COMBUSTIBLE_DUST", "METALLURGY MOLTEN_METAL")
                .allSatisfy(f -> assertThat(f).matches("(INDUSTRY_TRADE|METALLURGY) .+"));
    }

    @Test
    void after_a_generation_an_import_of_a_hundred_and_twenty_rows_and_a_registration_get_ids_of_their_own() throws Exception {
        new EnterpriseGenerator(dataSource, generating(300)).run(null);

        Actor zhengding = ((EnforcementUser) users.loadUserByUsername("zd-inspector")).actor();
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(new ImportRow(i + 2, freshCode(), "130123", EnterpriseProfile.basic(
                    "正定县生成后导入测试" + i + "号有限公司", "正定县测试路" + i + "号", Sector.INDUSTRY_TRADE, 20,
                    RiskGrade.BLUE), List.of()));
        }
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        ImportReport report = importing.importAll(zhengding, rows, new RejectionLog() {
            @Override
            public void add(ImportReport.RejectedRow row) {
                rejected.add(row);
            }

            @Override
            public java.io.InputStream contents() {
                return java.io.InputStream.nullInputStream();
            }

            @Override
            public long length() {
                return 0;
            }
        });
        assertThat(rejected).isEmpty();
        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported()).isEqualTo(120);

        Enterprise registered = enterprises.register(zhengding, freshCode(), "130123", EnterpriseProfile.basic(
                "正定县生成后登记测试有限公司", "正定县测试路100号", Sector.INDUSTRY_TRADE, 20, RiskGrade.BLUE));
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise_assignment WHERE enterprise_id = ?")
                .param(registered.getId()).query(Long.class).single()).isEqualTo(1);
        // a registration takes one id of fifty: only ids the sequences have issued keep every later one free
        for (String table : List.of("enterprise", "enterprise_assignment")) {
            long highest = jdbc.sql("SELECT max(id) FROM " + table).query(Long.class).single();
            long issued = jdbc.sql("SELECT last_value FROM " + table + "_seq").query(Long.class).single();
            assertThat(highest).as("highest id of %s against its sequence", table).isLessThanOrEqualTo(issued);
        }
    }

    private static String freshCode() {
        return SyntheticEnterprises.creditCode("130123", 10_000_000L + RANDOM.nextInt(30_000_000));
    }

    @Test
    void the_migration_moves_the_assignment_sequence_past_ids_an_earlier_generator_wrote_without_it() throws Exception {
        Actor zhengding = ((EnforcementUser) users.loadUserByUsername("zd-inspector")).actor();
        Enterprise e = enterprises.register(zhengding, freshCode(), "130123", EnterpriseProfile.basic(
                "正定县序列修复测试有限公司", "正定县测试路200号", Sector.INDUSTRY_TRADE, 20, RiskGrade.BLUE));
        long ahead = jdbc.sql("SELECT last_value FROM enterprise_assignment_seq").query(Long.class).single() + 50 * 7;
        jdbc.sql("""
                        INSERT INTO enterprise_assignment (id, enterprise_id, to_department_id, kind, assigned_by, assigned_at)
                        SELECT ?, id, department_id, 'INITIAL', 'generator', now() FROM enterprise WHERE id = ?""")
                .params(ahead, e.getId()).update();

        String migration = new String(new ClassPathResource(
                "db/migration/V6_1__advance_enterprise_assignment_seq.sql").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        jdbc.sql(migration).query().singleRow();

        assertThat(jdbc.sql("SELECT last_value FROM enterprise_assignment_seq").query(Long.class).single())
                .isGreaterThanOrEqualTo(ahead);
        jdbc.sql(migration).query().listOfRows();
        assertThat(jdbc.sql("SELECT last_value FROM enterprise_assignment_seq").query(Long.class).single())
                .as("a second run changes nothing").isEqualTo(ahead);
    }

    private static ToolProperties generating(long enterprises) {
        return new ToolProperties(new ToolProperties.Generate(enterprises), new ToolProperties.Benchmark(0, 0),
                new ToolProperties.Tool(false), new ToolProperties.Admin("", "", "", ""));
    }
}
