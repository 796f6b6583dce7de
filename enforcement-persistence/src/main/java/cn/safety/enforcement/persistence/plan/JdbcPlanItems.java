package cn.safety.enforcement.persistence.plan;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItem;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanItemOrigin;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.PlanItems;
import cn.safety.enforcement.domain.plan.Reason;
import cn.safety.enforcement.domain.plan.SpotCheckCandidate;
import org.postgresql.PGConnection;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plan items: one record through JPA, the many of a generation or a draw through COPY and set-based statements in the
 * caller's transaction.
 */
@Repository
@Transactional(readOnly = true)
class JdbcPlanItems implements PlanItems {

    private static final String ROW = """
            SELECT i.id, i.plan_id, i.enterprise_id, e.name, e.credit_code, i.kind, i.origin, i.reason_codes,
                   i.reason_texts, i.required_inspections, i.month, i.flags, i.moved_reason, i.rule_set, i.version
            FROM plan_item i JOIN enterprise e ON e.id = i.enterprise_id
            """;

    private final PlanItemRepository repository;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    JdbcPlanItems(PlanItemRepository repository, JdbcClient jdbc, DataSource dataSource) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<PlanItem> findById(Long id) {
        return repository.findById(id);
    }

    @Override
    @Transactional
    public PlanItem save(PlanItem item) {
        return repository.save(item);
    }

    @Override
    @Transactional
    public PlanItem add(PlanItem item) {
        try {
            return repository.saveAndFlush(item);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("enterpriseId", "plan.item.alreadyHeld");
        }
    }

    @Override
    public List<PlanItemRow> page(long planId, PlanItemKind kind, Long afterId, int limit) {
        return jdbc.sql(ROW + " WHERE i.plan_id = :plan AND (CAST(:kind AS varchar) IS NULL OR i.kind = :kind)"
                        + " AND i.id > :after ORDER BY i.id LIMIT :limit")
                .param("plan", planId).param("kind", kind == null ? null : kind.name())
                .param("after", afterId == null ? 0L : afterId).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    @Override
    public List<PlanItemRow> ofMonth(long planId, int month, Long afterId, int limit) {
        return jdbc.sql(ROW + " WHERE i.plan_id = :plan AND i.month = :month AND i.required_inspections > 0"
                        + " AND i.id > :after ORDER BY i.id LIMIT :limit")
                .param("plan", planId).param("month", month)
                .param("after", afterId == null ? 0L : afterId).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    @Override
    public Optional<Long> plannedElsewhere(long enterpriseId, int year, long planId) {
        return jdbc.sql("""
                        SELECT p.department_id FROM plan_item i JOIN plan p ON p.id = i.plan_id
                        WHERE i.enterprise_id = :enterprise AND i.year = :year AND p.status <> 'SUPERSEDED'
                          AND p.department_id <> (SELECT department_id FROM plan WHERE id = :plan)
                        ORDER BY p.id LIMIT 1""")
                .param("enterprise", enterpriseId).param("year", year).param("plan", planId)
                .query(Long.class).optional();
    }

    @Override
    public boolean holds(long planId, long enterpriseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM plan_item WHERE plan_id = ? AND enterprise_id = ?)")
                .params(planId, enterpriseId).query(Boolean.class).single();
    }

    @Override
    public Map<Long, KeptDecision> keptDecisions(long planId) {
        Map<Long, KeptDecision> kept = new HashMap<>();
        jdbc.sql("""
                        SELECT enterprise_id, month, month_set_by_hand, moved_reason, moved_by FROM plan_item
                        WHERE plan_id = ? AND origin = 'GENERATED' AND draw_id IS NULL
                          AND (month_set_by_hand OR moved_reason IS NOT NULL)""")
                .param(planId)
                .query(rs -> {
                    long id = rs.getLong("enterprise_id");
                    int month = rs.getInt("month");
                    kept.put(id, new KeptDecision(id, rs.wasNull() ? null : month, rs.getBoolean("month_set_by_hand"),
                            rs.getString("moved_reason"), rs.getString("moved_by")));
                });
        return kept;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceGenerated(Plan plan, List<NewItem> items) {
        jdbc.sql("DELETE FROM plan_item WHERE plan_id = ? AND origin = 'GENERATED' AND draw_id IS NULL")
                .param(plan.getId()).update();
        // drawn items stay; an enterprise keeps the one item it already has
        Set<Long> remaining = new HashSet<>(jdbc.sql("SELECT enterprise_id FROM plan_item WHERE plan_id = ?")
                .param(plan.getId()).query(Long.class).list());
        List<NewItem> toWrite = remaining.isEmpty() ? items
                : items.stream().filter(i -> !remaining.contains(i.enterpriseId())).toList();
        if (toWrite.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("SELECT nextval('plan_item_seq') FROM generate_series(1, ?)")
                .param(toWrite.size()).query(Long.class).list();
        StringBuilder csv = new StringBuilder(toWrite.size() * 200);
        for (int n = 0; n < toWrite.size(); n++) {
            NewItem i = toWrite.get(n);
            row(csv, ids.get(n), plan.getId(), plan.getDepartmentId(), plan.getYear(), i.enterpriseId(),
                    i.kind().name(), PlanItemOrigin.GENERATED.name(),
                    array(i.reasons().stream().map(Reason::code).toList()),
                    array(i.reasons().stream().map(Reason::text).toList()), i.requiredInspections(), i.month(),
                    i.monthSetByHand(), array(i.flags()), i.movedReason(), i.movedBy(), i.ruleSet());
        }
        String planCacheMode = bulkStatement();
        copy("""
                COPY plan_item (id, plan_id, department_id, year, enterprise_id, kind, origin, reason_codes,
                                reason_texts, required_inspections, month, month_set_by_hand, flags, moved_reason,
                                moved_by, rule_set)
                FROM STDIN (FORMAT csv)""", csv.toString());
        endBulkStatement(planCacheMode);
    }

    /**
     * The connections plan every statement for its values ({@code force_custom_plan}, for the lists); inside COPY that
     * would plan the three foreign-key checks of every row anew, so the cached plans are used for its duration (this
     * transaction only). Returns the mode to restore.
     */
    private String bulkStatement() {
        return jdbc.sql("SELECT current_setting('plan_cache_mode') AS previous,"
                        + " set_config('plan_cache_mode', 'auto', true)")
                .query((rs, n) -> rs.getString("previous")).single();
    }

    private void endBulkStatement(String planCacheMode) {
        jdbc.sql("SELECT set_config('plan_cache_mode', ?, true)").param(planCacheMode).query((rs, n) -> 0).single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void copy(Plan from, Plan to) {
        jdbc.sql("""
                        INSERT INTO plan_item (id, plan_id, department_id, year, enterprise_id, kind, origin,
                                               reason_codes, reason_texts, required_inspections, month,
                                               month_set_by_hand, flags, moved_reason, moved_by, draw_id, rule_set)
                        SELECT nextval('plan_item_seq'), :to, department_id, year, enterprise_id, kind, origin,
                               reason_codes, reason_texts, required_inspections, month, month_set_by_hand, flags,
                               moved_reason, moved_by, draw_id, rule_set
                        FROM plan_item WHERE plan_id = :from ORDER BY id""")
                .param("to", to.getId()).param("from", from.getId()).update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int addDrawn(Plan plan, long drawId, List<Long> enterpriseIds, Reason reason) {
        if (enterpriseIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        INSERT INTO plan_item (id, plan_id, department_id, year, enterprise_id, kind, origin,
                                               reason_codes, reason_texts, required_inspections, month, draw_id)
                        SELECT nextval('plan_item_seq'), :plan, :department, :year, e.id, 'SPOT_CHECK', 'DRAWN',
                               ARRAY[CAST(:code AS varchar)], ARRAY[CAST(:text AS text)], 1, e.id % 12 + 1, :draw
                        FROM enterprise e
                        WHERE e.id = ANY (CAST(:ids AS bigint[])) AND e.department_id = :department
                        ORDER BY e.id
                        ON CONFLICT (plan_id, enterprise_id) DO UPDATE
                        SET draw_id = EXCLUDED.draw_id,
                            required_inspections = GREATEST(plan_item.required_inspections, 1),
                            month = coalesce(plan_item.month, EXCLUDED.month),
                            reason_codes = plan_item.reason_codes || EXCLUDED.reason_codes,
                            reason_texts = plan_item.reason_texts || EXCLUDED.reason_texts,
                            version = plan_item.version + 1""")
                .param("plan", plan.getId()).param("department", plan.getDepartmentId())
                .param("year", plan.getYear()).param("code", reason.code()).param("text", reason.text())
                .param("draw", drawId).param("ids", idArray(enterpriseIds))
                .update();
    }

    @Override
    public List<SpotCheckCandidate> spotCheckPool(Plan plan) {
        return jdbc.sql("""
                        SELECT e.id, e.credit_code FROM enterprise e
                        WHERE e.department_id = :department AND NOT EXISTS (
                            SELECT 1 FROM plan_item i
                            WHERE i.plan_id = :plan AND i.enterprise_id = e.id AND i.kind = 'KEY')
                        ORDER BY e.credit_code""")
                .param("department", plan.getDepartmentId()).param("plan", plan.getId())
                .query((rs, n) -> new SpotCheckCandidate(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public List<Long> notInPool(Plan plan, List<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT x FROM unnest(CAST(:ids AS bigint[])) AS x
                        WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.id = x AND e.department_id = :department)
                           OR EXISTS (SELECT 1 FROM plan_item i
                                      WHERE i.plan_id = :plan AND i.enterprise_id = x AND i.kind = 'KEY')
                        ORDER BY x""")
                .param("ids", idArray(enterpriseIds)).param("department", plan.getDepartmentId())
                .param("plan", plan.getId())
                .query(Long.class).list();
    }

    @Override
    public long count(long planId, PlanItemKind kind) {
        return jdbc.sql("SELECT count(*) FROM plan_item WHERE plan_id = :plan"
                        + " AND (CAST(:kind AS varchar) IS NULL OR kind = :kind)")
                .param("plan", planId).param("kind", kind == null ? null : kind.name())
                .query(Long.class).single();
    }

    private void copy(String sql, String csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
        } catch (SQLException e) {
            throw new DataIntegrityViolationException("writing plan items failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static PlanItemRow row(ResultSet rs) throws SQLException {
        String[] codes = strings(rs.getArray("reason_codes"));
        String[] texts = strings(rs.getArray("reason_texts"));
        List<Reason> reasons = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            reasons.add(new Reason(codes[i], texts[i]));
        }
        int month = rs.getInt("month");
        Integer m = rs.wasNull() ? null : month;
        return new PlanItemRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("enterprise_id"),
                rs.getString("name"), rs.getString("credit_code"), PlanItemKind.valueOf(rs.getString("kind")),
                PlanItemOrigin.valueOf(rs.getString("origin")), reasons, rs.getInt("required_inspections"), m,
                List.of(strings(rs.getArray("flags"))), rs.getString("moved_reason"), rs.getString("rule_set"),
                rs.getLong("version"));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** A PostgreSQL array literal of the ids, {@code {1,2,3}}: any number of them in one parameter. */
    private static String idArray(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** A PostgreSQL text array literal, each element quoted. */
    private static String array(List<String> values) {
        return values.stream()
                .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v != null) {
                out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }
}
