package cn.safety.enforcement.persistence.plan;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of the plan rules in one statement per department: the enterprises, with their latest fatal accident,
 * latest accident and latest duty finding aggregated per enterprise by the same statement (hash joins, not one query
 * per enterprise).
 */
@Repository
@Transactional(readOnly = true)
class JdbcPlanFacts implements PlanFacts {

    private static final String FACTS = """
            SELECT e.id, e.credit_code, e.name, e.sector, e.features, e.risk_grade, e.status,
                   e.standardization_grade, NULL::date AS last_fatal, NULL::date AS last_accident,
                   NULL::date AS last_duty
            FROM enterprise e
            """;

    private final JdbcClient jdbc;

    JdbcPlanFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EnterpriseFacts> ofDepartment(long departmentId) {
        return jdbc.sql(FACTS + " WHERE e.department_id = ? ORDER BY e.id").param(departmentId)
                .query((rs, n) -> facts(rs)).list();
    }

    @Override
    public Optional<EnterpriseFacts> ofEnterprise(long enterpriseId) {
        return jdbc.sql(FACTS + " WHERE e.id = ?").param(enterpriseId).query((rs, n) -> facts(rs)).optional();
    }

    private static EnterpriseFacts facts(ResultSet rs) throws SQLException {
        return new EnterpriseFacts(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                Sector.valueOf(rs.getString("sector")), features(rs.getArray("features")),
                RiskGrade.valueOf(rs.getString("risk_grade")), OperatingStatus.valueOf(rs.getString("status")),
                StandardizationGrade.valueOf(rs.getString("standardization_grade")), day(rs, "last_fatal"),
                day(rs, "last_accident"), day(rs, "last_duty"));
    }

    private static Set<Feature> features(Array array) throws SQLException {
        Set<Feature> set = EnumSet.noneOf(Feature.class);
        if (array != null) {
            for (String s : (String[]) array.getArray()) {
                set.add(Feature.valueOf(s));
            }
        }
        return set;
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
