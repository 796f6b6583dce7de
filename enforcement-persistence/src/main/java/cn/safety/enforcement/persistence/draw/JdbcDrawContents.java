package cn.safety.enforcement.persistence.draw;

import cn.safety.enforcement.domain.draw.DrawCandidate;
import cn.safety.enforcement.domain.draw.DrawContents;
import cn.safety.enforcement.domain.draw.DrawResult;
import cn.safety.enforcement.domain.draw.FrozenLists;
import cn.safety.enforcement.domain.draw.RecusedPair;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A draw's lists in child tables keyed by (draw, ordinal): written by COPY in the caller's transaction, read back in
 * order, and for publishing read through a cursor a few thousand rows at a time (the caller's read-only transaction
 * keeps the connection out of auto-commit, which the driver needs for a cursor).
 */
@Repository
class JdbcDrawContents implements DrawContents {

    /** Rows per COPY statement and per cursor fetch. */
    private static final int CHUNK = 20_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;

    JdbcDrawContents(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(CHUNK);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(long drawId, FrozenLists lists) {
        StringBuilder csv = new StringBuilder();
        int ordinal = 0;
        for (DrawCandidate c : lists.candidates()) {
            csv.append(drawId).append(',').append(ordinal++).append(',').append(quoted(c.creditCode())).append(',')
                    .append(c.enterpriseId()).append('\n');
            if (ordinal % CHUNK == 0) {
                copy("COPY draw_candidate (draw_id, ordinal, credit_code, enterprise_id) FROM STDIN (FORMAT csv)",
                        csv);
            }
        }
        copy("COPY draw_candidate (draw_id, ordinal, credit_code, enterprise_id) FROM STDIN (FORMAT csv)", csv);
        ordinal = 0;
        for (String member : lists.roster()) {
            csv.append(drawId).append(',').append(ordinal++).append(',').append(quoted(member)).append('\n');
        }
        copy("COPY draw_roster (draw_id, ordinal, certificate_number) FROM STDIN (FORMAT csv)", csv);
        ordinal = 0;
        for (RecusedPair p : lists.recusals()) {
            csv.append(drawId).append(',').append(ordinal++).append(',').append(quoted(p.certificateNumber()))
                    .append(',').append(quoted(p.creditCode())).append('\n');
        }
        copy("COPY draw_recusal (draw_id, ordinal, certificate_number, credit_code) FROM STDIN (FORMAT csv)", csv);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void storeResult(long drawId, DrawResult result) {
        StringBuilder csv = new StringBuilder();
        int ordinal = 0;
        String sql = "COPY draw_selection (draw_id, ordinal, credit_code, inspector_1, inspector_2, shortfall)"
                + " FROM STDIN (FORMAT csv)";
        for (DrawResult.Assignment a : result.assignments()) {
            List<String> i = a.inspectors();
            csv.append(drawId).append(',').append(ordinal++).append(',').append(quoted(a.creditCode())).append(',')
                    .append(i.size() > 0 ? quoted(i.get(0)) : "").append(',')
                    .append(i.size() > 1 ? quoted(i.get(1)) : "").append(',')
                    .append(a.shortfall()).append('\n');
            if (ordinal % CHUNK == 0) {
                copy(sql, csv);
            }
        }
        copy(sql, csv);
    }

    @Override
    public FrozenLists load(long drawId) {
        List<DrawCandidate> candidates = new ArrayList<>();
        cursor.query("SELECT enterprise_id, credit_code FROM draw_candidate WHERE draw_id = ? ORDER BY ordinal",
                rs -> {
                    candidates.add(new DrawCandidate(rs.getLong(1), rs.getString(2)));
                }, drawId);
        return new FrozenLists(candidates, roster(drawId), recusals(drawId));
    }

    @Override
    public List<Long> selectedEnterpriseIds(long drawId) {
        return jdbc.sql("""
                        SELECT c.enterprise_id FROM draw_selection s
                        JOIN draw_candidate c ON c.draw_id = s.draw_id AND c.credit_code = s.credit_code
                        WHERE s.draw_id = :draw ORDER BY s.ordinal""")
                .param("draw", drawId).query(Long.class).list();
    }

    @Override
    public void eachCandidate(long drawId, Consumer<String> each) {
        cursor.query("SELECT credit_code FROM draw_candidate WHERE draw_id = ? ORDER BY ordinal",
                rs -> {
                    each.accept(rs.getString(1));
                }, drawId);
    }

    @Override
    public List<String> roster(long drawId) {
        return jdbc.sql("SELECT certificate_number FROM draw_roster WHERE draw_id = :draw ORDER BY ordinal")
                .param("draw", drawId).query(String.class).list();
    }

    @Override
    public List<RecusedPair> recusals(long drawId) {
        return jdbc.sql("""
                        SELECT certificate_number, credit_code FROM draw_recusal WHERE draw_id = :draw
                        ORDER BY ordinal""")
                .param("draw", drawId)
                .query((rs, n) -> new RecusedPair(rs.getString(1), rs.getString(2))).list();
    }

    @Override
    public void eachAssignment(long drawId, Consumer<DrawResult.Assignment> each) {
        cursor.query("""
                        SELECT credit_code, inspector_1, inspector_2, shortfall FROM draw_selection
                        WHERE draw_id = ? ORDER BY ordinal""",
                rs -> {
                    String first = rs.getString(2);
                    String second = rs.getString(3);
                    each.accept(new DrawResult.Assignment(rs.getString(1),
                            first == null ? List.of() : List.of(first, second), rs.getBoolean(4)));
                }, drawId);
    }

    private void copy(String sql, StringBuilder csv) {
        if (csv.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new org.springframework.dao.DataIntegrityViolationException("writing a draw's lists failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        csv.setLength(0);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
