package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.persistence.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A registry written while 涉爆粉尘, 涉氨制冷 and 有限空间 were sectors: after the migration each such enterprise is a
 * 工贸 enterprise with that feature, recorded once by the system; the others keep their sector and have no feature; the
 * database then refuses the former sector codes, unknown features and features outside 工贸. The legal-reviewer role is
 * accepted beside the roles there were, which keep their holders.
 */
class SectorFeaturesMigrationIT {


    @Test
    void enterprises_of_the_former_sectors_become_industry_and_trade_with_their_feature() {
        DataSource dataSource = TestDatabase.freshDataSource("sector_features_migration");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("8.1").load().migrate();
        jdbc.sql("""
                INSERT INTO department (id, name, division_code, city_code, province_code, level, created_at)
                VALUES (1, '正定县应急管理局', '130123', '130100', '130000', 'COUNTY', now())""").update();
        jdbc.sql("""
                INSERT INTO app_user (id, username, full_name, password_hash, department_id, password_changed_at)
                VALUES (1, 'chief', '韩志刚', 'x', 1, now())""").update();
        jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (1, 'SUPERVISOR')").update();
        Map<Long, String> sectors = Map.of(10L, "COMBUSTIBLE_DUST", 11L, "AMMONIA_REFRIGERATION", 12L,
                "CONFINED_SPACE", 13L, "HAZARDOUS_CHEMICALS", 14L, "INDUSTRY_TRADE");
        sectors.forEach((id, sector) -> insertEnterprise(jdbc, id, sector));

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(row(jdbc, 10)).containsExactly("INDUSTRY_TRADE", "{COMBUSTIBLE_DUST}", 1L);
        assertThat(row(jdbc, 11)).containsExactly("INDUSTRY_TRADE", "{AMMONIA_REFRIGERATION}", 1L);
        assertThat(row(jdbc, 12)).containsExactly("INDUSTRY_TRADE", "{CONFINED_SPACE}", 1L);
        assertThat(row(jdbc, 13)).containsExactly("HAZARDOUS_CHEMICALS", "{}", 0L);
        assertThat(row(jdbc, 14)).containsExactly("INDUSTRY_TRADE", "{}", 0L);

        List<Map<String, Object>> audit = jdbc.sql("""
                SELECT aggregate_id, username, action, chain, before_state::text AS before, after_state::text AS after
                FROM audit_entry ORDER BY aggregate_id""").query().listOfRows();
        assertThat(audit).extracting(r -> r.get("aggregate_id")).containsExactly("10", "11", "12");
        assertThat(audit).allSatisfy(r -> {
            assertThat(r.get("username")).isEqualTo("system");
            assertThat(r.get("action")).isEqualTo("EnterpriseReclassified");
            assertThat(r.get("chain")).isEqualTo("130000");
        });
        assertThat(audit.get(0).get("before")).isEqualTo("{\"sector\": \"COMBUSTIBLE_DUST\", \"features\": []}");
        assertThat(audit.get(0).get("after"))
                .isEqualTo("{\"sector\": \"INDUSTRY_TRADE\", \"features\": [\"COMBUSTIBLE_DUST\"]}");

        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE features @> ARRAY['CONFINED_SPACE']::varchar[]")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'enterprise_features_idx'")
                .query(Long.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> insertEnterprise(jdbc, 20L, "COMBUSTIBLE_DUST"))
                .hasMessageContaining("enterprise_sector_check");
        assertThatThrownBy(() -> jdbc.sql("UPDATE enterprise SET features = '{DUST}' WHERE id = 14").update())
                .hasMessageContaining("enterprise_features_check");
        assertThatThrownBy(() -> jdbc.sql("UPDATE enterprise SET features = '{CONFINED_SPACE}' WHERE id = 13")
                .update()).hasMessageContaining("enterprise_features_sector_check");
        jdbc.sql("UPDATE enterprise SET sector = 'METALLURGY', features = '{MOLTEN_METAL}' WHERE id = 14").update();

        assertThat(jdbc.sql("SELECT role FROM app_user_role WHERE user_id = 1").query(String.class).list())
                .containsExactly("SUPERVISOR");
        jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (1, 'LEGAL_REVIEWER')").update();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (1, 'REVIEWER')")
                .update()).hasMessageContaining("app_user_role_role_check");
    }

    private static List<Object> row(JdbcClient jdbc, long id) {
        return jdbc.sql("SELECT sector, features::text, version FROM enterprise WHERE id = ?").param(id)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getLong(3))).single();
    }

    private static void insertEnterprise(JdbcClient jdbc, long id, String sector) {
        String base = "91130123MA" + String.format("%07d", id);
        jdbc.sql("""
                        INSERT INTO enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                                sector, employees, standardization_grade, risk_grade, status,
                                                department_id, created_at, updated_at)
                        VALUES (?, ?, ?, '正定县工业街1号', '130123', '130100', '130000', ?, 10, 'NONE', 'BLUE',
                                'OPERATING', 1, now(), now())""")
                .params(id, base + "X", "正定县测试企业" + id, sector).update();
    }
}
