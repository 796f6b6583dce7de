package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseImports;
import org.postgresql.PGConnection;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk registration through PostgreSQL COPY in the caller's transaction (the connection of the JPA transaction), and
 * set-based completion at the end: the kept risk-grade counts and the initial assignments. A batch knows its rows by
 * the id range it allocated and by {@code xmin}, the transaction that wrote them: nothing of the file is kept in
 * memory. The import's one entry in the record is written by the record's listener, from the event the import
 * publishes.
 */
@Repository
class JdbcEnterpriseImports implements EnterpriseImports {

    /** Rows of this transaction: written by it (the current transaction id is the rows' xmin). */
    private static final String MINE = "e.id BETWEEN :min AND :max AND e.xmin = pg_current_xact_id()::xid";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    JdbcEnterpriseImports(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Batch begin() {
        return new CopyBatch();
    }

    private final class CopyBatch implements Batch {

        private long minId = Long.MAX_VALUE;
        private long maxId = Long.MIN_VALUE;

        @Override
        public Map<String, Boolean> registered(Collection<String> creditCodes) {
            Map<String, Boolean> found = new HashMap<>();
            if (creditCodes.isEmpty()) {
                return found;
            }
            jdbc.sql("SELECT credit_code, xmin = pg_current_xact_id()::xid AS mine FROM enterprise"
                            + " WHERE credit_code IN (:codes)")
                    .param("codes", creditCodes)
                    .query(rs -> {
                        found.put(rs.getString("credit_code"), rs.getBoolean("mine"));
                    });
            return found;
        }

        @Override
        public void add(List<Enterprise> enterprises) {
            if (enterprises.isEmpty()) {
                return;
            }
            List<Long> ids = jdbc.sql("SELECT nextval('enterprise_seq') FROM generate_series(1, ?)")
                    .param(enterprises.size()).query(Long.class).list();
            StringBuilder csv = new StringBuilder(enterprises.size() * 320);
            for (int i = 0; i < enterprises.size(); i++) {
                Enterprise e = enterprises.get(i);
                long id = ids.get(i);
                minId = Math.min(minId, id);
                maxId = Math.max(maxId, id);
                row(csv, id, e.getCreditCode(), e.getName(), e.getAddress(), e.getLocation().divisionCode(),
                        e.getLocation().cityCode(), e.getLocation().provinceCode(), e.getSector().name(),
                        e.getEmployees(), e.getScale() == null ? null : e.getScale().name(),
                        e.getLegalRepresentative(), e.getMainResponsiblePerson(), e.isSafetyOrganization(),
                        e.getFullTimeSafetyStaff(), e.getPartTimeSafetyStaff(), e.getStandardizationGrade().name(),
                        e.getRiskGrade().name(), e.getMajorHazardSources(), e.getStatus().name(),
                        e.getDepartmentId(), e.getCreatedAt(), e.getUpdatedAt(), 0, arrayOf(e), e.getTownshipId());
            }
            String planCacheMode = bulkStatements();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        COPY enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                         sector, employees, scale, legal_representative, main_responsible_person,
                                         safety_organization, full_time_safety_staff, part_time_safety_staff,
                                         standardization_grade, risk_grade, major_hazard_sources, status,
                                         department_id, created_at, updated_at, version, features, township_id)
                        FROM STDIN (FORMAT csv)""", new StringReader(csv.toString()));
            } catch (SQLException e) {
                throw new org.springframework.dao.DataIntegrityViolationException("bulk import failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            endBulkStatements(planCacheMode);
        }

        @Override
        public Added complete(String by, Instant at) {
            if (minId > maxId) {
                return new Added(0, null, null);
            }
            String planCacheMode = bulkStatements();
            Timestamp when = Timestamp.from(at);
            jdbc.sql("""
                            INSERT INTO enterprise_risk_count (department_id, risk_grade, enterprises)
                            SELECT e.department_id, e.risk_grade, count(*) FROM enterprise e WHERE\s""" + MINE + """
                             GROUP BY e.department_id, e.risk_grade
                            ON CONFLICT (department_id, risk_grade)
                            DO UPDATE SET enterprises = enterprise_risk_count.enterprises + EXCLUDED.enterprises""")
                    .param("min", minId).param("max", maxId)
                    .update();
            long assigned = jdbc.sql("""
                            INSERT INTO enterprise_assignment (id, enterprise_id, from_department_id, to_department_id,
                                                               kind, reason, assigned_by, assigned_at)
                            SELECT nextval('enterprise_assignment_seq'), e.id, NULL, e.department_id, 'INITIAL', NULL,
                                   :by, :at
                            FROM enterprise e WHERE\s""" + MINE + " ORDER BY e.id")
                    .param("by", by).param("at", when).param("min", minId).param("max", maxId)
                    .update();
            endBulkStatements(planCacheMode);
            return new Added(assigned, minId, maxId);
        }
    }

    /**
     * Prepares this transaction for statements that touch many rows, and returns the plan cache mode to restore.
     * <ul>
     *   <li>The kept risk-grade counts are added once, set-based, when the batch completes: row by row, the same few
     *       count rows would be updated hundreds of thousands of times in one transaction.</li>
     *   <li>The connections plan every statement for its values ({@code force_custom_plan}, for the lists); inside a
     *       bulk statement that would re-plan the foreign-key checks and the audit chain's queries for every row, so
     *       the cached plans are used for its duration.</li>
     * </ul>
     */
    private String bulkStatements() {
        return jdbc.sql("""
                        SELECT current_setting('plan_cache_mode') AS previous,
                               set_config('plan_cache_mode', 'auto', true),
                               set_config('enforcement.bulk_load', 'on', true)""")
                .query((rs, n) -> rs.getString("previous")).single();
    }

    private void endBulkStatements(String planCacheMode) {
        jdbc.sql("SELECT set_config('plan_cache_mode', ?, true), set_config('enforcement.bulk_load', 'off', true)")
                .param(planCacheMode).query((rs, n) -> 0).single();
    }

    /** The features as a PostgreSQL array literal, {@code {COMBUSTIBLE_DUST,CONFINED_SPACE}}. */
    private static String arrayOf(Enterprise e) {
        return e.getFeatures().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",", "{", "}"));
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
