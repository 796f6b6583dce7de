package cn.safety.enforcement.persistence.plan;

import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.plan.ItemProgress;
import cn.safety.enforcement.domain.plan.ItemState;
import cn.safety.enforcement.domain.plan.NamedInspection;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanProgress;
import cn.safety.enforcement.domain.plan.PlanStatus;
import cn.safety.enforcement.domain.plan.ProgressFigures;
import cn.safety.enforcement.domain.plan.ProgressFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress of plans in a few set-based statements: the inspections of the items' departments, years and
 * enterprises counted once per (department, year, enterprise) and joined to the items, so that an inspection made
 * for an item of an earlier version of the plan still counts for the item that carries it on.
 */
@Repository
@Transactional(readOnly = true)
class JdbcProgressFigures implements ProgressFigures {

    /** {@code :plans}: the plans whose items are counted; yields {@code item} with completed and open counts. */
    private static final String ITEMS = """
            WITH p AS (SELECT id, department_id, year FROM plan WHERE id IN (:plans)),
            done AS (
                SELECT s.department_id, s.year, s.enterprise_id,
                       count(*) FILTER (WHERE x.status = 'COMPLETED') AS completed,
                       count(*) FILTER (WHERE x.status IN ('AWAITING_APPROVAL', 'IN_PROGRESS')) AS open
                FROM plan_item s JOIN inspection x ON x.plan_item_id = s.id
                WHERE (s.department_id, s.year) IN (SELECT department_id, year FROM p)
                GROUP BY s.department_id, s.year, s.enterprise_id),
            item AS (
                SELECT i.id, i.plan_id, i.enterprise_id, i.kind, i.reason_codes, i.required_inspections, i.month,
                       coalesce(d.completed, 0) AS completed, coalesce(d.open, 0) AS open
                FROM plan_item i
                LEFT JOIN done d ON d.department_id = i.department_id AND d.year = i.year
                                AND d.enterprise_id = i.enterprise_id
                WHERE i.plan_id IN (SELECT id FROM p) AND i.required_inspections > 0)
            """;

    private final JdbcClient jdbc;

    JdbcProgressFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, PlanRef> currentPlans(Collection<Long> departmentIds, int year) {
        Map<Long, PlanRef> plans = new HashMap<>();
        if (departmentIds.isEmpty()) {
            return plans;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (department_id) department_id, id, status FROM plan
                        WHERE department_id IN (:departments) AND year = :year AND status <> 'SUPERSEDED'
                        ORDER BY department_id, status <> 'APPROVED', revision DESC""")
                .param("departments", departmentIds).param("year", year)
                .query((ResultSet rs) -> {
                    plans.put(rs.getLong("department_id"),
                            new PlanRef(rs.getLong("id"), PlanStatus.valueOf(rs.getString("status"))));
                });
        return plans;
    }

    @Override
    public Map<Long, PlanProgress.Figures> figures(Collection<Long> planIds, int monthsPassed) {
        Map<Long, PlanProgress.Figures> figures = new HashMap<>();
        if (planIds.isEmpty()) {
            return figures;
        }
        jdbc.sql(ITEMS + """
                        SELECT plan_id,
                               count(*) FILTER (WHERE kind = 'KEY') AS key_items,
                               count(*) FILTER (WHERE kind = 'KEY' AND completed >= required_inspections) AS key_covered,
                               count(*) FILTER (WHERE kind = 'SPOT_CHECK') AS spot_items,
                               count(*) FILTER (WHERE kind = 'SPOT_CHECK' AND completed >= required_inspections)
                                   AS spot_done,
                               count(*) FILTER (WHERE month <= :passed AND completed = 0) AS overdue,
                               count(*) AS items,
                               count(*) FILTER (WHERE completed >= required_inspections) AS items_done,
                               coalesce(sum(completed), 0) AS completed
                        FROM item GROUP BY plan_id""")
                .param("plans", planIds).param("passed", monthsPassed)
                .query((ResultSet rs) -> {
                    figures.put(rs.getLong("plan_id"), new PlanProgress.Figures(rs.getLong("key_items"),
                            rs.getLong("key_covered"), rs.getLong("spot_items"), rs.getLong("spot_done"),
                            rs.getLong("overdue"), rs.getLong("items"), rs.getLong("items_done"),
                            rs.getLong("completed")));
                });
        return figures;
    }

    @Override
    public List<ItemProgress> items(long planId, ProgressFilter filter, int monthsPassed, Long afterId, int limit) {
        String condition = switch (filter) {
            case OVERDUE -> "item.month <= :passed AND item.completed = 0";
            case OPEN -> "item.completed < item.required_inspections";
            case DONE -> "item.completed >= item.required_inspections";
        };
        return page("WHERE " + condition, planId, monthsPassed, afterId, limit, null);
    }

    @Override
    public List<ItemProgress> ofMonth(long planId, int month, int monthsPassed, Long afterId, int limit) {
        return page("WHERE item.month = :month", planId, monthsPassed, afterId, limit, month);
    }

    private List<ItemProgress> page(String where, long planId, int monthsPassed, Long afterId, int limit,
                                    Integer month) {
        JdbcClient.StatementSpec statement = jdbc.sql(ITEMS + """
                        SELECT item.*, e.name, e.credit_code FROM item JOIN enterprise e ON e.id = item.enterprise_id
                        """ + where + " AND item.id > :after ORDER BY item.id LIMIT :limit")
                .param("plans", List.of(planId)).param("passed", monthsPassed)
                .param("after", afterId == null ? 0L : afterId).param("limit", limit);
        if (month != null) {
            statement = statement.param("month", month);
        }
        return statement.query((rs, n) -> item(rs, monthsPassed)).list();
    }

    private static ItemProgress item(ResultSet rs, int monthsPassed) throws SQLException {
        int required = rs.getInt("required_inspections");
        Integer month = rs.getObject("month", Integer.class);
        long completed = rs.getLong("completed");
        long open = rs.getLong("open");
        return new ItemProgress(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("enterprise_id"),
                rs.getString("name"), rs.getString("credit_code"), PlanItemKind.valueOf(rs.getString("kind")),
                List.of((String[]) rs.getArray("reason_codes").getArray()), required, month, completed, open, ItemState.of(required, completed, open),
                month != null && month <= monthsPassed && completed == 0);
    }

    @Override
    public List<NamedInspection> namedOn(String username, Scope scope, Instant from, Instant to, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder within = new StringBuilder("(x.department_id IN (:departments)");
        int k = 0;
        for (Scope.Part ignored : scope.parts()) {
            within.append(" OR (x.department_id = :pd").append(k).append(" AND x.township_id = :pt").append(k)
                    .append(')');
            k++;
        }
        within.append(')');
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        SELECT x.id, x.enterprise_id, e.name, x.kind, x.status, x.plan_item_id, x.started_at,
                               x.completed_at
                        FROM inspection_inspector n
                        JOIN inspection x ON x.id = n.inspection_id
                        JOIN enterprise e ON e.id = x.enterprise_id
                        WHERE n.username = :username AND """ + within + """
                           AND ((x.started_at >= :from AND x.started_at < :to)
                                OR x.status IN ('AWAITING_APPROVAL', 'IN_PROGRESS'))
                        ORDER BY x.started_at DESC NULLS FIRST, x.id DESC LIMIT :limit""")
                .param("username", username)
                // an id no department has keeps IN () valid when only parts are in scope
                .param("departments", scope.departmentIds().isEmpty() ? List.of(-1L) : scope.departmentIds())
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit);
        k = 0;
        for (Scope.Part part : scope.parts()) {
            statement = statement.param("pd" + k, part.departmentId()).param("pt" + k, part.townshipId());
            k++;
        }
        return statement.query((rs, n) -> new NamedInspection(rs.getLong("id"), rs.getLong("enterprise_id"),
                rs.getString("name"), rs.getString("kind"), rs.getString("status"),
                rs.getObject("plan_item_id", Long.class), instant(rs, "started_at"), instant(rs, "completed_at")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
