package cn.safety.enforcement.persistence.hazard;

import cn.safety.enforcement.domain.hazard.HazardDeadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The overdue job's statements: each one {@code UPDATE … RETURNING} over the partial index of its candidates (keyed by
 * an expression, so that the planner estimates from the candidates' own statistics: V12_71), with the
 * notifications inserted from the rows it returned in the same statement (data-modifying CTEs), and the ids grouped
 * per department for the record. No row is read into the application to be changed, except by the recount of the
 * deadlines when a calendar year is entered: the rule of the calendar is counted by the domain, so its candidates are
 * read by their index and written back in batches.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JdbcHazardDeadlines implements HazardDeadlines {

    static final String OVERDUE = """
            WITH marked AS (
                UPDATE hazard h
                SET overdue = true, overdue_unrectified = true, overdue_marked_on = CAST(:today AS date), escalated = true,
                    escalated_at = coalesce(h.escalated_at, CAST(:now AS timestamptz)), version = h.version + 1
                WHERE h.status IN ('ORDERED', 'RECTIFYING') AND NOT h.overdue
                  AND (CASE WHEN h.status IN ('ORDERED', 'RECTIFYING') AND NOT h.overdue THEN h.due_on END)
                      < CAST(:today AS date)
                RETURNING h.id, h.department_id, h.found_by, h.ordered_by, h.due_on AS due
            ), %s, upper AS (
                INSERT INTO notification (recipient_user_id, recipient_department_id, recipient_role, kind, hazard_id,
                                          due_on, created_at)
                SELECT u.id, up.id, 'SUPERVISOR', 'HAZARD_ESCALATED', m.id, m.due, CAST(:now AS timestamptz)
                FROM marked m
                JOIN department d ON d.id = m.department_id
                JOIN department up ON up.division_code = %s AND up.kind = 'ENFORCEMENT'
                JOIN app_user u ON u.department_id = up.id AND u.enabled
                JOIN app_user_role r ON r.user_id = u.id AND r.role = 'SUPERVISOR'
                RETURNING 1
            )
            SELECT department_id, array_agg(id ORDER BY id) AS ids FROM marked GROUP BY department_id
            ORDER BY department_id
            """.formatted(HazardNotices.DEPARTMENT_NOTICES, HazardNotices.UPPER_DIVISION);

    static final String RECHECKS = """
            WITH marked AS (
                UPDATE hazard h SET recheck_overdue_on = h.recheck_due_on, version = h.version + 1
                WHERE h.status IN ('REPORTED', 'ACCEPTANCE_REPORTED')
                  AND h.recheck_overdue_on IS DISTINCT FROM h.recheck_due_on
                  AND (CASE WHEN h.recheck_overdue_on IS DISTINCT FROM h.recheck_due_on THEN h.recheck_due_on END)
                      < CAST(:today AS date)
                RETURNING h.id, h.department_id, h.found_by, h.ordered_by, h.recheck_due_on AS due
            ), %s
            SELECT department_id, array_agg(id ORDER BY id) AS ids FROM marked GROUP BY department_id
            ORDER BY department_id
            """.formatted(HazardNotices.DEPARTMENT_NOTICES);

    /** The open hazards under a period in working days reaching into a year, through {@code hazard_due_period_idx}. */
    private static final String PERIODS = """
            SELECT h.id, h.department_id, h.due_counted_from, h.due_working_days, h.due_on, h.due_on_provisional
            FROM hazard h
            WHERE h.due_working_days IS NOT NULL AND h.status <> 'CLOSED'
              AND h.due_on >= make_date(:year, 1, 1) AND h.due_counted_from < make_date(:year, 12, 31)
            ORDER BY h.id""";

    private static final String RECOUNT = "UPDATE hazard SET due_on = ?, due_on_provisional = ?, version = version + 1"
            + " WHERE id = ? AND due_working_days IS NOT NULL";

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JdbcHazardDeadlines(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public List<Period> periodsReachingInto(int year) {
        return jdbc.sql(PERIODS).param("year", year).query((rs, n) -> new Period(rs.getLong("id"),
                rs.getLong("department_id"), rs.getObject("due_counted_from", LocalDate.class),
                rs.getInt("due_working_days"), rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("due_on_provisional"))).list();
    }

    @Override
    public void recount(List<Recounted> recounted) {
        batches.batchUpdate(RECOUNT, recounted, BATCH, (ps, r) -> {
            ps.setObject(1, r.dueOn());
            ps.setBoolean(2, r.provisional());
            ps.setLong(3, r.hazardId());
        });
    }

    @Override
    public List<Marked> markOverdue(LocalDate today, Instant now) {
        return jdbc.sql(OVERDUE).param("today", today).param("now", Timestamp.from(now))
                .param("kind", "HAZARD_OVERDUE").query((rs, n) -> marked(rs)).list();
    }

    @Override
    public List<Marked> markRechecksOverdue(LocalDate today, Instant now) {
        return jdbc.sql(RECHECKS).param("today", today).param("now", Timestamp.from(now))
                .param("kind", "RECHECK_OVERDUE").query((rs, n) -> marked(rs)).list();
    }

    private static Marked marked(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("ids");
        Long[] values = (Long[]) ids.getArray();
        return new Marked(rs.getLong("department_id"), Arrays.asList(values));
    }
}
