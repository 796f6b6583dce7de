package cn.safety.enforcement.persistence;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsIT extends PersistenceIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_province_city_and_county_of_the_national_list_is_loaded() {
        long provinces = jdbc.sql("SELECT count(*) FROM division WHERE level = 'PROVINCE'").query(Long.class).single();
        long counties = jdbc.sql("SELECT count(*) FROM division WHERE level = 'COUNTY'").query(Long.class).single();
        assertThat(provinces).isEqualTo(31);
        assertThat(counties).isGreaterThan(2800);
    }

    @Test
    void a_county_hangs_under_its_city_and_a_municipal_district_directly_under_the_municipality() {
        Map<String, Object> zhengding = jdbc.sql("SELECT * FROM division WHERE code = '130123'").query().singleRow();
        assertThat(zhengding).containsEntry("name", "正定县").containsEntry("parent_code", "130100")
                .containsEntry("city_code", "130100").containsEntry("province_code", "130000");
        Map<String, Object> binhai = jdbc.sql("SELECT * FROM division WHERE code = '120116'").query().singleRow();
        assertThat(binhai).containsEntry("name", "滨海新区").containsEntry("level", "COUNTY")
                .containsEntry("parent_code", "120000").containsEntry("province_code", "120000");
        assertThat(binhai.get("city_code")).isNull();
    }

    @Test
    void the_staffing_threshold_is_data_with_an_effective_date() {
        // one row per amendment of the statute: 2014 (第二十一条) and 2021 (第二十四条), each with its own date
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM rule_parameter"
                        + " WHERE key = 'safety-staffing.employee-threshold' AND province_code IS NULL"
                        + " ORDER BY effective_from")
                .query().listOfRows();
        assertThat(rows).extracting(r -> r.get("effective_from").toString())
                .containsExactly("2014-12-01", "2021-09-01");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("value").toString()).startsWith("100"));
        assertThat(rows.get(1).get("source").toString()).contains("2021年修正", "第二十四条");
    }
}
