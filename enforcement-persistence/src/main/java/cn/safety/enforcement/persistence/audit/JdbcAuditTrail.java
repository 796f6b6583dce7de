package cn.safety.enforcement.persistence.audit;

import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.AuditFilter;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.audit.AuditVerification;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when the change it records was
 * committed. The database trigger assigns the chain (the province of the entry's department, or the national chain),
 * the id and the hashes; this class never computes them.
 */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, occurred_at, username, department_id, aggregate_type, aggregate_id,"
            + " action, before_state::text AS before_state, after_state::text AS after_state, prev_hash, hash";
    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
            (Long) rs.getObject("department_id"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
            rs.getString("action"), rs.getString("before_state"), rs.getString("after_state"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditActor actor, String aggregateType, Object aggregateId, String action,
                       Map<String, Object> before, Map<String, Object> after) {
        jdbc.sql("""
                        INSERT INTO audit_entry (id, occurred_at, username, department_id, aggregate_type,
                                                 aggregate_id, action, before_state, after_state, prev_hash, hash)
                        VALUES (0, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), '', '')""")
                .params(Timestamp.from(clock.instant()), actor.username(), actor.departmentId(), aggregateType,
                        String.valueOf(aggregateId), action, json(before), json(after))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String aggregateType, Object aggregateId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE aggregate_type = ? AND aggregate_id = ?"
                        + " ORDER BY id DESC LIMIT ?")
                .params(aggregateType, String.valueOf(aggregateId), limit)
                .query(ROW).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(java.util.Collection<Long> departmentIds, Long beforeId, int limit) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE department_id IN (:departments) AND id < :before"
                        + " ORDER BY id DESC LIMIT :limit")
                .param("departments", departmentIds)
                .param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .param("limit", limit)
                .query(ROW).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> find(java.util.Collection<Long> departmentIds, AuditFilter filter, ZoneId zone,
                                 Long beforeId, Long afterId, int limit) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("department_id IN (:departments)");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("departments", departmentIds);
        if (filter.aggregateType() != null) {
            where.append(" AND aggregate_type = :type");
            params.put("type", filter.aggregateType());
        }
        if (filter.aggregateId() != null) {
            where.append(" AND aggregate_id = :object");
            params.put("object", filter.aggregateId());
        }
        if (filter.username() != null) {
            where.append(" AND username = :username");
            params.put("username", filter.username());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < :until");
            params.put("until", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        params.put("limit", limit);
        if (afterId != null) {
            params.put("after", afterId);
            List<AuditEntry> ascending = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where
                            + " AND id > :after ORDER BY id LIMIT :limit")
                    .params(params).query(ROW).list();
            List<AuditEntry> newestFirst = new java.util.ArrayList<>(ascending);
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        }
        params.put("before", beforeId == null ? Long.MAX_VALUE : beforeId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where
                        + " AND id < :before ORDER BY id DESC LIMIT :limit")
                .params(params).query(ROW).list();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return verify(null);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verifyChain(String chain) {
        return verify(java.util.Objects.requireNonNull(chain));
    }

    /**
     * Recomputes every hash and every link within each chain ({@code chain} null: all of them, the entries written
     * before the chains were kept per province included, which link to each other and carry the older digest).
     */
    private AuditVerification verify(String chain) {
        String where = chain == null ? "" : " WHERE a.chain = :chain";
        long checked = jdbc.sql("SELECT count(*) FROM audit_entry a" + where)
                .params(chain == null ? Map.<String, Object>of() : Map.<String, Object>of("chain", chain))
                .query(Long.class).single();
        List<AuditVerification.Broken> broken = jdbc.sql("""
                        SELECT id, CASE WHEN hash <> expected THEN 'EDITED' ELSE 'LINK_BROKEN' END AS reason
                        FROM (SELECT a.id, a.hash, a.prev_hash,
                                     lag(a.hash) OVER (PARTITION BY a.chain ORDER BY a.id) AS previous,
                                     CASE WHEN a.chain IS NULL
                                          THEN audit_entry_digest(a.prev_hash, a.id, a.occurred_at, a.username,
                                                                  a.department_id, a.aggregate_type,
                                                                  a.aggregate_id, a.action, a.before_state,
                                                                  a.after_state)
                                          ELSE audit_entry_chain_digest(a.chain, a.prev_hash, a.id, a.occurred_at,
                                                                        a.username, a.department_id,
                                                                        a.aggregate_type, a.aggregate_id, a.action,
                                                                        a.before_state, a.after_state)
                                     END AS expected
                              FROM audit_entry a""" + where + """
                        ) x
                        WHERE hash <> expected OR prev_hash <> coalesce(previous, repeat('0', 64))
                        ORDER BY id LIMIT 1000""")
                .params(chain == null ? Map.<String, Object>of() : Map.<String, Object>of("chain", chain))
                .query((rs, n) -> new AuditVerification.Broken(rs.getLong("id"), rs.getString("reason")))
                .list();
        return new AuditVerification(chain, checked, broken);
    }

    private static String json(Map<String, Object> state) {
        return state == null ? null : JSON.writeValueAsString(state);
    }
}
