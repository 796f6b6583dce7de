package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test (docs/benchmark.md, issue 8: inspection lists at 1,000,000 inspections, p95 ≤ 25 ms at
 * every level). Runs only when named: {@code scripts/inspection-benchmark.sh}, or {@code ./mvnw -pl enforcement-web
 * -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=InspectionListBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false}.
 *
 * <p>It adds 50,000 enterprises to the departments of 河北省 of the test database (80 % county, 15 % city, 5 %
 * province, like the enterprise generator) and 1,000,000 inspections of them with two inspectors each, set-based with
 * {@code generate_series} (mostly completed, some refused, one in five enterprises with one in progress; started over
 * three years); {@code -Dinspection.benchmark.enterprises} and {@code -Dinspection.benchmark.inspections} change the
 * numbers. Then it times {@code GET /api/v1/inspections} over HTTP, one connection with a bearer token, as a county,
 * a city and a province inspector: the first page, a keyset page ({@code after} the cursor of the tenth page, or of
 * the last one a small scope has), the first page of one enterprise ({@code enterpriseId}) and the first page of one
 * month ({@code from} and {@code to}); every user's requests
 * are sent {@value BenchmarkClient#WARMUP} times before any is timed, then each has up to {@value BenchmarkClient#WARMUP}
 * warm-up requests of its own (5 s at most) and {@value BenchmarkClient#RUNS} measured ones (at least
 * {@value BenchmarkClient#MIN_RUNS}, then until 20 s). Lines starting INSPECTION-BENCHMARK give the figures.
 */
class InspectionListBenchmark extends EndToEndIT {

    private static final int ENTERPRISES = Integer.getInteger("inspection.benchmark.enterprises", 50_000);
    private static final int INSPECTIONS = Integer.getInteger("inspection.benchmark.inspections", 1_000_000);

    private BenchmarkClient http;

    @Test
    void inspection_lists_at_every_level() throws Exception {
        generate();
        http = new BenchmarkClient(base(), PASSWORD, Duration.ofSeconds(20));
        Map<String, String> users = new LinkedHashMap<>();
        users.put("county: zd-inspector (正定县)", "zd-inspector");
        users.put("city: sjz-inspector (石家庄市 department only)", "sjz-inspector");
        users.put("city: sjz-supervisor (石家庄市 and its counties)", "sjz-supervisor");
        users.put("province: hb-inspector (河北省应急管理厅 only)", "hb-inspector");
        users.put("province: admin (河北省, every department)", "admin");
        List<String> lines = new ArrayList<>();
        http.warmUp(users.values(), "/api/v1/inspections", "/api/v1/inspections?from=2025-03-01&to=2025-03-31");
        for (Map.Entry<String, String> user : users.entrySet()) {
            String bearer = http.token(user.getValue());
            JsonNode first = http.getJson(bearer, "/api/v1/inspections");
            assertThat(first.path("items").size()).as("first page of %s", user.getKey()).isEqualTo(50);
            String cursor = first.path("next").asString();
            assertThat(cursor).as("cursor of the first page of %s", user.getKey()).isNotBlank();
            int page = 1;
            while (page < 10) {
                String next = http.getJson(bearer, "/api/v1/inspections?after=" + cursor).path("next").asString();
                if (next == null || next.isBlank()) {
                    break;
                }
                cursor = next;
                page++;
            }
            long enterprise = first.path("items").get(first.path("items").size() / 2).path("enterpriseId").asLong();
            long inScope = inspectionsInScope(user.getValue());
            lines.add(measure(user.getKey(), "first page (50)", bearer, "/api/v1/inspections", inScope));
            lines.add(measure(user.getKey(), "keyset page " + (page + 1) + " (after)", bearer, "/api/v1/inspections?after=" + cursor,
                    inScope));
            lines.add(measure(user.getKey(), "enterpriseId filter", bearer,
                    "/api/v1/inspections?enterpriseId=" + enterprise, inScope));
            lines.add(measure(user.getKey(), "from/to (one month)", bearer,
                    "/api/v1/inspections?from=2025-03-01&to=2025-03-31", inScope));
        }
        System.out.println("INSPECTION-BENCHMARK | level and user | list | inspections in scope | rows | requests | p50 ms"
                + " | p95 ms | max ms |");
        System.out.println("INSPECTION-BENCHMARK |---|---|---:|---:|---:|---:|---:|---:|");
        lines.forEach(l -> System.out.println("INSPECTION-BENCHMARK " + l));
    }

    /** Adds the enterprises and the inspections, set-based, then analyses the tables. */
    private void generate() {
        long started = System.nanoTime();
        int enterprises = jdbc().sql("""
                        WITH county AS (
                                 SELECT id, division_code, city_code,
                                        row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                                 FROM department WHERE province_code = '130000' AND level = 'COUNTY'),
                             city AS (
                                 SELECT DISTINCT ON (division_code) id, division_code FROM department
                                 WHERE province_code = '130000' AND level = 'CITY' ORDER BY division_code, id),
                             province AS (
                                 SELECT min(id) AS id FROM department
                                 WHERE province_code = '130000' AND level = 'PROVINCE')
                        INSERT INTO enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                                sector, employees, standardization_grade, risk_grade, status,
                                                department_id, created_at, updated_at)
                        SELECT nextval('enterprise_seq'), '94' || lpad(g::text, 16, '0'), '检查基准企业' || g,
                               '河北省检查基准地址' || g, c.division_code, c.city_code, '130000',
                               (ARRAY['MINING','HAZARDOUS_CHEMICALS','OTHER','INDUSTRY_TRADE','CONSTRUCTION'])[g % 5 + 1],
                               10 + g % 500, 'NONE', (ARRAY['RED','ORANGE','YELLOW','BLUE'])[g % 4 + 1], 'OPERATING',
                               CASE WHEN g % 20 < 16 THEN c.id WHEN g % 20 < 19 THEN coalesce(ci.id, c.id) ELSE p.id END,
                               now(), now()
                        FROM generate_series(1, ?) AS g
                        JOIN county c ON c.n = g % c.total
                        LEFT JOIN city ci ON ci.division_code = c.city_code
                        CROSS JOIN province p
                        ON CONFLICT (credit_code) DO NOTHING""")
                .param(ENTERPRISES).update();
        long afterEnterprises = System.nanoTime();
        int inspections = jdbc().sql("""
                        WITH e AS (
                                 SELECT id, department_id, division_code, city_code, province_code, township_id,
                                        row_number() OVER (ORDER BY id) - 1 AS n
                                 FROM enterprise WHERE credit_code LIKE '94%'
                                   AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.enterprise_id = enterprise.id))
                        INSERT INTO inspection (id, department_id, division_code, city_code, province_code, township_id,
                                                enterprise_id, kind, trigger, urgent, status, started_at, approved_at,
                                                approved_by, refused_at, refused_by, refusal_reason, completed_at,
                                                created_by, created_at)
                        SELECT nextval('inspection_seq'), e.department_id, e.division_code, e.city_code,
                               e.province_code, e.township_id, e.id,
                               (ARRAY['SPECIAL','UNANNOUNCED','CROSS','FOLLOW_UP','COMPLAINT_CHECK'])[g % 5 + 1],
                               (ARRAY['TEMPORARY_TASK','COMPLAINT','MONITORING_ALERT','TRANSFER','ACCIDENT'])[g % 5 + 1],
                               g % 10 = 0, s.status, s.at,
                               CASE WHEN s.status <> 'REFUSED' THEN s.at - interval '1 day' END,
                               CASE WHEN s.status <> 'REFUSED' THEN 'benchmark' END,
                               CASE WHEN s.status = 'REFUSED' THEN s.at - interval '1 day' END,
                               CASE WHEN s.status = 'REFUSED' THEN 'benchmark' END,
                               CASE WHEN s.status = 'REFUSED' THEN '基准：不予批准' END,
                               CASE WHEN s.status = 'COMPLETED' THEN s.at + interval '3 hours' END,
                               'benchmark', s.at - interval '2 days'
                        FROM generate_series(1, ?) AS g
                        JOIN e ON e.n = g % (SELECT count(*) FROM e)
                        CROSS JOIN LATERAL (
                            SELECT timestamptz '2026-11-30 17:00:00+08'
                                       - ((g::bigint * 7919) % (3 * 365 * 24 * 60)) * interval '1 minute' AS at,
                                   CASE WHEN g <= (SELECT count(*) FROM e) / 5 THEN 'IN_PROGRESS'
                                        WHEN g % 40 = 0 THEN 'REFUSED' ELSE 'COMPLETED' END AS status) s""")
                .param(INSPECTIONS).update();
        long afterInspections = System.nanoTime();
        int inspectors = !Boolean.parseBoolean(System.getProperty("inspection.benchmark.inspectors", "true")) ? 0
                : jdbc().sql("""
                        INSERT INTO inspection_inspector (inspection_id, position, username, full_name,
                                                          certificate_number, certificate_valid_until)
                        SELECT i.id, p, 'bench-' || i.department_id || '-' || (i.id / 50 % 7 + p),
                               '基准检查员' || (i.id / 50 % 7 + p), 'JZ' || i.department_id || lpad((i.id / 50 % 7 + p)::text, 4, '0'),
                               DATE '2029-12-31'
                        FROM inspection i CROSS JOIN generate_series(0, 1) AS p
                        WHERE i.created_by = 'benchmark'
                          AND NOT EXISTS (SELECT 1 FROM inspection_inspector x WHERE x.inspection_id = i.id)""")
                .update();
        jdbc().sql("ANALYZE enterprise").update();
        jdbc().sql("ANALYZE inspection").update();
        jdbc().sql("ANALYZE inspection_inspector").update();
        long total = jdbc().sql("SELECT count(*) FROM inspection").query(Long.class).single();
        System.out.printf(Locale.ROOT, "INSPECTION-BENCHMARK generated %d enterprises in %.1f s, %d inspections in %.1f s,"
                        + " %d inspectors and ANALYZE in %.1f s; %d inspections in the database%n",
                enterprises, (afterEnterprises - started) / 1e9, inspections, (afterInspections - afterEnterprises) / 1e9,
                inspectors, (System.nanoTime() - afterInspections) / 1e9, total);
        assertThat(total).isGreaterThanOrEqualTo(INSPECTIONS);
    }

    /**
     * How many inspections the user's list may show: those of their department and, for supervisors and admins above
     * county, those of the departments below (an approximation of the scope for the table; the API applies the real one).
     */
    private long inspectionsInScope(String username) {
        return jdbc().sql("""
                        SELECT count(*) FROM inspection i
                        JOIN department d ON d.id = i.department_id
                        JOIN app_user u ON u.username = ?
                        JOIN department mine ON mine.id = u.department_id
                        WHERE d.id = mine.id
                           OR (EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id
                                                                       AND r.role IN ('SUPERVISOR', 'ADMIN'))
                               AND ((mine.level = 'CITY' AND d.city_code = mine.division_code)
                                    OR (mine.level = 'PROVINCE' AND d.province_code = mine.division_code)))""")
                .param(username).query(Long.class).single();
    }

    private String measure(String level, String list, String bearer, String path, long inScope) throws Exception {
        return String.format(Locale.ROOT, "| %s | %s | %d ", level, list, inScope) + http.time(bearer, path).cells();
    }
}
