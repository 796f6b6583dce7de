package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import cn.safety.enforcement.web.bootstrap.SyntheticEnterprises.Kind;

/**
 * Fills the database with {@code enforcement.generate.enterprises} realistic enterprises over the existing departments
 * (80 % county, 15 % city, 5 % province level), through PostgreSQL COPY in batches, for benchmarks at province scale.
 * Each enterprise gets its initial assignment; one audit entry records the whole generation. Every id comes from the
 * table's own sequence, so that registrations and imports after a generation get ids of their own.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "enforcement.generate.enterprises")
class EnterpriseGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseGenerator.class);
    private static final int BATCH = 50_000;

    private final DataSource dataSource;
    private final long count;

    EnterpriseGenerator(DataSource dataSource, ToolProperties settings) {
        this.dataSource = dataSource;
        this.count = settings.generate().enterprises();
    }

    private record Dept(long id, String level, String divisionCode) {
    }

    private record Place(String code, String name, String fullName, String cityCode, String provinceCode) {
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (count <= 0) {
            return;
        }
        generate();
    }

    private void generate() throws Exception {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Place> places = places(c);
            Map<String, List<Dept>> byLevel = new HashMap<>();
            Map<Long, List<Place>> locationsOf = new HashMap<>();
            for (Dept d : departments(c)) {
                List<Place> where = places.values().stream()
                        .filter(p -> p.code.equals(d.divisionCode) || d.divisionCode.equals(p.cityCode)
                                || d.divisionCode.equals(p.provinceCode))
                        .filter(p -> !p.code.endsWith("0000"))
                        .filter(p -> !p.code.endsWith("00") || p.code.equals(d.divisionCode))
                        .toList();
                if (!where.isEmpty()) {
                    byLevel.computeIfAbsent(d.level, k -> new ArrayList<>()).add(d);
                    locationsOf.put(d.id, where);
                }
            }
            if (locationsOf.isEmpty()) {
                throw new IllegalStateException("No department exists: start once in demo mode or create departments first");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            SyntheticEnterprises gen = new SyntheticEnterprises(count);
            long done = 0;
            while (done < count) {
                int n = (int) Math.min(BATCH, count - done);
                List<Long> ids = ids(c, "enterprise_seq", n);
                List<Long> assignmentIds = ids(c, "enterprise_assignment_seq", n);
                StringBuilder enterprises = new StringBuilder(n * 300);
                StringBuilder assignments = new StringBuilder(n * 80);
                String now = Instant.now().toString();
                for (int i = 0; i < n; i++) {
                    long id = ids.get(i);
                    Dept d = pick(gen, byLevel);
                    List<Place> where = locationsOf.get(d.id);
                    Place p = where.get(gen.nextInt(where.size()));
                    Kind kind = gen.kind();
                    Sector sector = kind.sector();
                    RiskGrade risk = gen.riskGrade(kind);
                    int employees = gen.employees();
                    boolean organisation = (sector.highRisk() || employees > 100) && gen.nextInt(10) > 0;
                    row(enterprises, id, SyntheticEnterprises.creditCode(p.code, 50_000_000L + id / 50), gen.name(p.name, kind, id),
                            gen.address(p.fullName), p.code, p.cityCode, p.provinceCode, sector.name(),
                            String.valueOf(employees), SyntheticEnterprises.scale(employees).name(), gen.person(),
                            gen.person(), String.valueOf(organisation), String.valueOf(organisation ? 1 + gen.nextInt(4) : 0),
                            String.valueOf(organisation ? 0 : 1), gen.standardization().name(), risk.name(),
                            String.valueOf(kind.keyInspection() ? gen.nextInt(3) : 0), gen.status().name(),
                            String.valueOf(d.id), now, now, "0", array(kind.featuresOf(id)));
                    row(assignments, assignmentIds.get(i), String.valueOf(id), null, String.valueOf(d.id), "INITIAL",
                            null, "generator", now);
                }
                try (Statement st = c.createStatement()) {
                    // for this batch's transaction only: the counts are rebuilt once at the end
                    st.execute("SET LOCAL enforcement.bulk_load = 'on'");
                }
                copy.copyIn("COPY enterprise (id, credit_code, name, address, division_code, city_code, province_code,"
                        + " sector, employees, scale, legal_representative, main_responsible_person, safety_organization,"
                        + " full_time_safety_staff, part_time_safety_staff, standardization_grade, risk_grade,"
                        + " major_hazard_sources, status, department_id, created_at, updated_at, version, features)"
                        + " FROM STDIN (FORMAT csv)", new StringReader(enterprises.toString()));
                copy.copyIn("COPY enterprise_assignment (id, enterprise_id, from_department_id, to_department_id, kind,"
                        + " reason, assigned_by, assigned_at) FROM STDIN (FORMAT csv)",
                        new StringReader(assignments.toString()));
                c.commit();
                done += n;
                log.info("Generated {} of {} enterprises", done, count);
            }
            try (Statement st = c.createStatement()) {
                st.execute("LOCK TABLE enterprise IN SHARE MODE");
                st.execute("DELETE FROM enterprise_risk_count");
                st.execute("INSERT INTO enterprise_risk_count (department_id, risk_grade, enterprises)"
                        + " SELECT department_id, risk_grade, count(*) FROM enterprise GROUP BY department_id, risk_grade");
                c.commit();
                st.execute("INSERT INTO audit_entry (id, occurred_at, username, department_id, aggregate_type,"
                        + " aggregate_id, action, before_state, after_state, prev_hash, hash) VALUES (0, now(),"
                        + " 'generator', NULL, 'Enterprise', '*', 'GENERATE', NULL, jsonb_build_object('count', "
                        + count + "), '', '')");
                c.commit();
                c.setAutoCommit(true);
                // statistics for the planner, and the visibility map that lets counts use index-only scans
                st.execute("VACUUM ANALYZE enterprise");
                st.execute("VACUUM ANALYZE enterprise_assignment");
            }
        }
        log.info("Generated {} enterprises in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static Dept pick(SyntheticEnterprises gen, Map<String, List<Dept>> byLevel) {
        int p = gen.nextInt(100);
        String level = p < 80 ? "COUNTY" : p < 95 ? "CITY" : "PROVINCE";
        List<Dept> candidates = byLevel.getOrDefault(level, List.of());
        if (candidates.isEmpty()) {
            candidates = byLevel.values().iterator().next();
        }
        return candidates.get(gen.nextInt(candidates.size()));
    }

    /**
     * {@code n} ids issued by {@code sequence}, one value each. The application takes its ids from the same sequences
     * (by blocks of the sequence's increment, each value owning a block), so a value the sequence has issued here is
     * one the application never uses; an id written without the sequence would collide with a later registration.
     */
    private static List<Long> ids(Connection c, String sequence, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT nextval(CAST(? AS regclass)) FROM generate_series(1, ?)")) {
            ps.setString(1, sequence);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Dept> departments(Connection c) throws SQLException {
        List<Dept> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, level, division_code FROM department")) {
            while (rs.next()) {
                out.add(new Dept(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    private static Map<String, Place> places(Connection c) throws SQLException {
        Map<String, String[]> raw = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code, name, parent_code, city_code, province_code FROM division"
                     + " WHERE retired_on IS NULL")) {
            while (rs.next()) {
                raw.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)});
            }
        }
        Map<String, Place> places = new HashMap<>();
        raw.forEach((code, r) -> {
            StringBuilder full = new StringBuilder(r[0]);
            String parent = r[1];
            while (parent != null && raw.containsKey(parent)) {
                full.insert(0, raw.get(parent)[0]);
                parent = raw.get(parent)[1];
            }
            places.put(code, new Place(code, r[0], full.toString(), r[2], r[3]));
        });
        return places;
    }

    /** A PostgreSQL array literal of the features, {@code {COMBUSTIBLE_DUST}}. */
    private static String array(Set<Feature> features) {
        return features.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
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
