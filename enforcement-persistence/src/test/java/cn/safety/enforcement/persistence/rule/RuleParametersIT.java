package cn.safety.enforcement.persistence.rule;

import cn.safety.enforcement.domain.rule.RuleParameters;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class RuleParametersIT extends PersistenceIT {

    private static final String STAFFING = "safety-staffing.employee-threshold";

    @Autowired
    RuleParameters rules;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_national_staffing_threshold_is_found_with_its_date_and_source() {
        RuleValue v = rules.valueAt(STAFFING, "130000", LocalDate.of(2025, 3, 1)).orElseThrow();

        assertThat(v.key()).isEqualTo(STAFFING);
        assertThat(v.asInt()).isEqualTo(100);
        assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(v.source()).contains("安全生产法", "第二十四条");
        // before the 2021 amendment took effect, the 2014 text decided
        RuleValue earlier = rules.valueAt(STAFFING, "130000", LocalDate.of(2021, 8, 31)).orElseThrow();
        assertThat(earlier.effectiveFrom()).isEqualTo(LocalDate.of(2014, 12, 1));
        assertThat(earlier.source()).contains("第二十一条");
        assertThat(rules.valueAt(STAFFING, null, LocalDate.of(2025, 3, 1))).map(RuleValue::asInt).contains(100);
    }

    @Test
    void nothing_applies_before_the_first_effective_date_and_require_then_refuses() {
        LocalDate before = LocalDate.of(2014, 11, 30);

        assertThat(rules.valueAt(STAFFING, "130000", before)).isEmpty();
        // The adapter is a @Repository, so the IllegalStateException of require() may reach the caller translated.
        Throwable refused = catchThrowable(() -> rules.require(STAFFING, "130000", before));
        assertThat(NestedExceptionUtils.getMostSpecificCause(refused)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rule parameter " + STAFFING);
        assertThat(rules.valueAt("no-such.parameter." + TestData.unique(), "130000", LocalDate.of(2025, 1, 1)))
                .isEmpty();
    }

    @Test
    void a_province_value_wins_in_that_province_and_nowhere_else() {
        String key = key();
        insert(key, null, LocalDate.of(2020, 1, 1), "50");
        insert(key, "130000", LocalDate.of(2021, 1, 1), "30");
        LocalDate on = LocalDate.of(2022, 6, 1);

        assertThat(rules.valueAt(key, "130000", on)).map(RuleValue::value).contains(new BigDecimal("30.0000"));
        assertThat(rules.valueAt(key, "130000", on)).map(RuleValue::source).contains("province 130000");
        assertThat(rules.valueAt(key, "120000", on)).map(RuleValue::value).contains(new BigDecimal("50.0000"));
        assertThat(rules.valueAt(key, null, on)).map(RuleValue::value).contains(new BigDecimal("50.0000"));
        // Before the province's own value takes effect, the national one applies there too.
        assertThat(rules.valueAt(key, "130000", LocalDate.of(2020, 12, 31))).map(RuleValue::asInt).contains(50);
    }

    @Test
    void a_value_with_a_later_effective_date_applies_from_that_date_on() {
        String key = key();
        insert(key, null, LocalDate.of(2020, 1, 1), "10");
        insert(key, null, LocalDate.of(2025, 7, 1), "20");

        assertThat(rules.valueAt(key, "130000", LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(rules.valueAt(key, "130000", LocalDate.of(2020, 1, 1))).map(RuleValue::asInt).contains(10);
        assertThat(rules.valueAt(key, "130000", LocalDate.of(2025, 6, 30))).map(RuleValue::asInt).contains(10);
        RuleValue from = rules.valueAt(key, "130000", LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(from.asInt()).isEqualTo(20);
        assertThat(from.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rules.valueAt(key, "130000", LocalDate.of(2030, 1, 1))).map(RuleValue::asInt).contains(20);
    }

    @Test
    void a_later_province_value_applies_in_its_province_only_from_its_date() {
        String key = key();
        insert(key, null, LocalDate.of(2020, 1, 1), "100");
        insert(key, "130000", LocalDate.of(2020, 1, 1), "80");
        insert(key, "130000", LocalDate.of(2024, 1, 1), "60");

        assertThat(rules.valueAt(key, "130000", LocalDate.of(2023, 12, 31))).map(RuleValue::asInt).contains(80);
        assertThat(rules.valueAt(key, "130000", LocalDate.of(2024, 1, 1))).map(RuleValue::asInt).contains(60);
        assertThat(rules.valueAt(key, "120000", LocalDate.of(2024, 1, 1))).map(RuleValue::asInt).contains(100);
    }

    private static String key() {
        return "test.rule." + TestData.unique();
    }

    private void insert(String key, String province, LocalDate from, String value) {
        jdbc.sql("INSERT INTO rule_parameter (key, province_code, effective_from, value, source) VALUES (?, ?, ?, ?, ?)")
                .params(key, province, Date.valueOf(from), new BigDecimal(value),
                        province == null ? "national" : "province " + province)
                .update();
    }
}
