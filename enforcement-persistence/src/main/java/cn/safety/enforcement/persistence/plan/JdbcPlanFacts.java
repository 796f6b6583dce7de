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

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of the plan rules in one statement per department: the enterprises, with their latest fatal accident
 * (deaths &gt; 0), latest accident of any kind, latest duty finding and overdue open major hazard aggregated per enterprise by the same statement
 * (hash joins, not one query per enterprise).
 */
@Repository
@Transactional(readOnly = true)
class JdbcPlanFacts implements PlanFacts {

    /**
     * The enterprises with their latest accidents (the day in China's time zone) and duty findings: each aggregate
     * reads the rows of the same enterprises once ({@code %1$s} selects them), joined by hash on enterprise id.
     */
    private static final String FACTS = """
            SELECT e.id, e.credit_code, e.name, e.sector, array_to_string(e.features, ',') AS features,
                   e.risk_grade, e.status, e.standardization_grade, a.last_fatal, a.last_accident, d.last_duty,
                   hz.overdue_major
            FROM enterprise e
            LEFT JOIN (SELECT ac.enterprise_id,
                              CAST(max(ac.occurred_at) FILTER (WHERE ac.deaths > 0)
                                   AT TIME ZONE 'Asia/Shanghai' AS date) AS last_fatal,
                              CAST(max(ac.occurred_at) AT TIME ZONE 'Asia/Shanghai' AS date) AS last_accident
                       FROM accident ac JOIN enterprise x ON x.id = ac.enterprise_id
                       WHERE %1$s
                       GROUP BY ac.enterprise_id) a ON a.enterprise_id = e.id
            LEFT JOIN (SELECT df.enterprise_id, max(df.found_on) AS last_duty
                       FROM duty_finding df JOIN enterprise x ON x.id = df.enterprise_id
                       WHERE %1$s
                       GROUP BY df.enterprise_id) d ON d.enterprise_id = e.id
            LEFT JOIN (SELECT h.enterprise_id, min(h.due_on) AS overdue_major
                       FROM hazard h JOIN enterprise x ON x.id = h.enterprise_id
                       WHERE %1$s AND h.overdue_unrectified AND h.grade = 'MAJOR' AND h.status <> 'CLOSED'
                       GROUP BY h.enterprise_id) hz ON hz.enterprise_id = e.id
            WHERE %2$s
            """;

    private final JdbcClient jdbc;

    JdbcPlanFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EnterpriseFacts> ofDepartment(long departmentId) {
        return jdbc.sql(FACTS.formatted("x.department_id = :id", "e.department_id = :id") + " ORDER BY e.id")
                .param("id", departmentId).query((rs, n) -> facts(rs)).list();
    }

    @Override
    public Optional<EnterpriseFacts> ofEnterprise(long enterpriseId) {
        return jdbc.sql(FACTS.formatted("x.id = :id", "e.id = :id")).param("id", enterpriseId)
                .query((rs, n) -> facts(rs)).optional();
    }

    private static EnterpriseFacts facts(ResultSet rs) throws SQLException {
        return new EnterpriseFacts(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                Sector.valueOf(rs.getString("sector")), features(rs.getString("features")),
                RiskGrade.valueOf(rs.getString("risk_grade")), OperatingStatus.valueOf(rs.getString("status")),
                StandardizationGrade.valueOf(rs.getString("standardization_grade")), day(rs, "last_fatal"),
                day(rs, "last_accident"), day(rs, "last_duty"), day(rs, "overdue_major"));
    }

    /** The features as the statement joins them ({@code COMBUSTIBLE_DUST,CONFINED_SPACE}): no array object per row. */
    private static Set<Feature> features(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        Set<Feature> set = EnumSet.noneOf(Feature.class);
        for (String s : joined.split(",")) {
            set.add(Feature.valueOf(s));
        }
        return set;
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
