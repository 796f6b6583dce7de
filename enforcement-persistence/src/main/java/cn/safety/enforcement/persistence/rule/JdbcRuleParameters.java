package cn.safety.enforcement.persistence.rule;

import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

@Repository
@Transactional(readOnly = true)
class JdbcRuleParameters implements RuleParameters {

    private final JdbcClient jdbc;

    JdbcRuleParameters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RuleValue> valueAt(String key, String provinceCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT key, value, effective_from, source FROM rule_parameter
                        WHERE key = ? AND (province_code = ? OR province_code IS NULL) AND effective_from <= ?
                        ORDER BY (province_code IS NULL), effective_from DESC
                        LIMIT 1""")
                .params(key, provinceCode, Date.valueOf(on))
                .query((rs, n) -> new RuleValue(rs.getString("key"), rs.getBigDecimal("value"),
                        rs.getDate("effective_from").toLocalDate(), rs.getString("source")))
                .optional();
    }
}
