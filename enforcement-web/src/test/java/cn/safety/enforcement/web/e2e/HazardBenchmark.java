package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.hazard.MarkingOverdueHazards;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test (docs/benchmark.md, issue 9: the overdue job over a province's hazards in seconds,
 * set-based; the hazard lists and the 挂牌督办 queue p95 ≤ 25 ms at county, city and province). Runs only when named:
 * {@code scripts/hazard-benchmark.sh}, or {@code ./mvnw -pl enforcement-web -am verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HazardBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}.
 *
 * <p>It adds {@code hazard.benchmark.enterprises} enterprises (default 50,000) to the departments of 河北省 (80 %
 * county, 15 % city, 5 % province) and {@code hazard.benchmark.hazards} hazards of them (default 1,000,000), set-based
 * with {@code generate_series}, in realistic states: 60 % closed, 6 % found, 10 % ordered, 15 % rectifying, 7 %
 * reported, 2 % acceptance reported; 5 % major; the deadlines of the open ones spread over the 60 days before and the
 * 60 days after today, the re-check deadlines of the reported ones over 20 days around today. Then it times the overdue
 * job three times — the first run (every deadline already passed, the bulk), a second run the same day (nothing left),
 * a run the next day (one day's deadlines) — prints the plans of the candidates' and the queue's queries, and times
 * {@code GET /api/v1/hazards/supervised} and {@code GET /api/v1/hazards} over HTTP with a bearer token at county, city
 * and province. Lines starting HAZARD-BENCHMARK give the figures.
 */
class HazardBenchmark extends EndToEndIT {

    private static final int ENTERPRISES = Integer.getInteger("hazard.benchmark.enterprises", 50_000);
    private static final int HAZARDS = Integer.getInteger("hazard.benchmark.hazards", 1_000_000);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BenchmarkClient http;

    @Autowired
    MarkingOverdueHazards marking;

    @Autowired
    Clock clock;

    @Test
    void the_overdue_job_and_the_queue_over_a_province() throws Exception {
        generate();
        http = new BenchmarkClient(base(), PASSWORD, Duration.ofSeconds(15));
        LocalDate today = LocalDate.now(clock);
        List<String> job = new ArrayList<>();
        job.add(run("first run (every deadline passed so far)", today.atTime(0, 30).atZone(ZONE).toInstant()));
        job.add(run("second run the same day", today.atTime(6, 0).atZone(ZONE).toInstant()));
        job.add(run("the next day", today.plusDays(1).atTime(0, 30).atZone(ZONE).toInstant()));
        jdbc().sql("ANALYZE hazard").update();
        jdbc().sql("ANALYZE notification").update();

        explain("candidates of the overdue job", """
                SELECT id FROM hazard WHERE status IN ('ORDERED', 'RECTIFYING') AND NOT overdue
                AND (CASE WHEN status IN ('ORDERED', 'RECTIFYING') AND NOT overdue THEN due_on END)
                    < CAST('%s' AS date)""".formatted(today.plusDays(2)));
        explain("candidates of the re-check deadlines", """
                SELECT id FROM hazard WHERE status IN ('REPORTED', 'ACCEPTANCE_REPORTED')
                AND recheck_overdue_on IS DISTINCT FROM recheck_due_on
                AND (CASE WHEN recheck_overdue_on IS DISTINCT FROM recheck_due_on THEN recheck_due_on END)
                    < CAST('%s' AS date)""".formatted(today.plusDays(2)));
        String cityDepartments = jdbc().sql("SELECT string_agg(id::text, ',') FROM department"
                + " WHERE city_code = '130100' AND kind = 'ENFORCEMENT'").query(String.class).single();
        explain("hazard list of 石家庄市 and its counties", """
                SELECT h.id FROM hazard h WHERE h.department_id IN (%s) ORDER BY h.id DESC LIMIT 51"""
                .formatted(cityDepartments));
        explain("overdue hazards of 石家庄市 and its counties", """
                SELECT h.id FROM hazard h WHERE h.department_id IN (%s) AND h.overdue ORDER BY h.id DESC LIMIT 51"""
                .formatted(cityDepartments));
        explain("queue of 石家庄市 (its counties)", queueSql("d.city_code = '130100' AND d.level = 'COUNTY'"));
        explain("queue of 河北省 (every department below)", queueSql("d.province_code = '130000'"
                + " AND d.level <> 'PROVINCE'"));

        Map<String, String> users = new LinkedHashMap<>();
        users.put("county: zd-chief (正定县, no department below)", "zd-chief");
        users.put("city: sjz-supervisor (石家庄市)", "sjz-supervisor");
        users.put("province: admin (河北省)", "admin");
        List<String> lines = new ArrayList<>();
        http.warmUp(users.values(), "/api/v1/hazards/supervised", "/api/v1/hazards", "/api/v1/hazards?overdue=true");
        for (Map.Entry<String, String> user : users.entrySet()) {
            String bearer = http.token(user.getValue());
            JsonNode first = http.getJson(bearer, "/api/v1/hazards/supervised");
            String next = first.path("next").asString();
            lines.add(measure(user.getKey(), "挂牌督办 queue, first page", bearer, "/api/v1/hazards/supervised"));
            if (next != null && !next.isBlank()) {
                lines.add(measure(user.getKey(), "挂牌督办 queue, second page", bearer,
                        "/api/v1/hazards/supervised?after=" + next));
            }
            lines.add(measure(user.getKey(), "hazard list, first page", bearer, "/api/v1/hazards"));
            lines.add(measure(user.getKey(), "hazard list, overdue", bearer, "/api/v1/hazards?overdue=true"));
        }
        System.out.println("HAZARD-BENCHMARK | overdue job run | hazards marked | re-checks marked | seconds |");
        System.out.println("HAZARD-BENCHMARK |---|---:|---:|---:|");
        job.forEach(l -> System.out.println("HAZARD-BENCHMARK " + l));
        System.out.println("HAZARD-BENCHMARK | level and user | list | rows | requests | p50 ms | p95 ms | max ms |");
        System.out.println("HAZARD-BENCHMARK |---|---|---:|---:|---:|---:|---:|");
        lines.forEach(l -> System.out.println("HAZARD-BENCHMARK " + l));
    }

    private String run(String what, Instant at) {
        long started = System.nanoTime();
        MarkingOverdueHazards.Run run = marking.markAsOf(at);
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "| %s (%s) | %d | %d | %.2f |", what, run.asOf(), run.overdue(),
                run.rechecksOverdue(), seconds);
    }

    private static String queueSql(String departments) {
        return """
                SELECT h.id FROM hazard h
                WHERE h.department_id IN (SELECT d.id FROM department d WHERE %s) AND h.id < 9223372036854775807
                  AND ((status <> 'CLOSED' AND (grade = 'MAJOR' OR overdue))
                       OR (supervised_by_department_id IS NOT NULL AND supervision_lifted_at IS NULL))
                ORDER BY h.id DESC LIMIT 51""".formatted(departments);
    }

    private void explain(String what, String sql) {
        List<String> plan = jdbc().sql("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql).query(String.class).list();
        System.out.println("HAZARD-BENCHMARK plan of the " + what + ":");
        plan.forEach(l -> System.out.println("HAZARD-BENCHMARK     " + l));
    }

    /** Adds the enterprises and the hazards, set-based, then analyses the tables. */
    private void generate() {
        long started = System.nanoTime();
        int enterprises = jdbc().sql("""
                        WITH county AS (
                                 SELECT id, division_code, city_code,
                                        row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                                 FROM department WHERE province_code = '130000' AND level = 'COUNTY'
                                   AND kind = 'ENFORCEMENT'),
                             city AS (
                                 SELECT DISTINCT ON (division_code) id, division_code FROM department
                                 WHERE province_code = '130000' AND level = 'CITY' AND kind = 'ENFORCEMENT'
                                 ORDER BY division_code, id),
                             province AS (
                                 SELECT min(id) AS id FROM department
                                 WHERE province_code = '130000' AND level = 'PROVINCE')
                        INSERT INTO enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                                sector, employees, standardization_grade, risk_grade, status,
                                                department_id, created_at, updated_at)
                        SELECT nextval('enterprise_seq'), '95' || lpad(g::text, 16, '0'), '隐患基准企业' || g,
                               '河北省隐患基准地址' || g, c.division_code, c.city_code, '130000',
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
        // the enterprise of hazard g drawn across the table ((g * 7919) mod n, a permutation: 7919 is prime), so that
        // consecutive hazards, and so the newest ids, belong to departments all over the province, as hazards recorded
        // over time do (enterprises' ids come out of the generator grouped by county);
        // the state by g % 100: 0-59 closed, 60-65 found, 66-75 ordered, 76-90 rectifying, 91-97 reported, 98-99
        // acceptance reported; major when g % 20 = 0; deadlines (g * 7919) % 121 - 60 days from today
        int hazards = jdbc().sql("""
                        WITH e AS (
                                 SELECT id, department_id, division_code, city_code, province_code, township_id,
                                        row_number() OVER (ORDER BY id) - 1 AS n
                                 FROM enterprise WHERE credit_code LIKE '95%'),
                             total AS (SELECT count(*) AS n FROM e)
                        INSERT INTO hazard (id, department_id, division_code, city_code, province_code, township_id,
                                            enterprise_id, source, grade, description, status, requirements,
                                            ordered_at, ordered_by, due_on, recheck_due_on, closed_at, found_at,
                                            found_by, created_at, created_by)
                        SELECT nextval('hazard_seq'), e.department_id, e.division_code, e.city_code, e.province_code,
                               e.township_id, e.id, 'COMPLAINT', CASE WHEN g % 20 = 0 THEN 'MAJOR' ELSE 'GENERAL' END,
                               '隐患基准 ' || g, s.status,
                               CASE WHEN s.status <> 'FOUND' THEN '限期整改' END,
                               CASE WHEN s.status <> 'FOUND' THEN s.found + interval '1 day' END,
                               CASE WHEN s.status <> 'FOUND' THEN 'benchmark' END,
                               CASE WHEN s.status <> 'FOUND' THEN s.due END,
                               CASE WHEN s.status IN ('REPORTED', 'ACCEPTANCE_REPORTED')
                                    THEN CURRENT_DATE + ((g::bigint * 31) % 21 - 10)::int END,
                               CASE WHEN s.status = 'CLOSED' THEN s.found + interval '20 days' END,
                               s.found, 'benchmark', s.found, 'benchmark'
                        FROM generate_series(1, ?) AS g
                        CROSS JOIN total
                        JOIN e ON e.n = (g::bigint * 7919) % total.n
                        CROSS JOIN LATERAL (
                            SELECT CASE WHEN g % 100 < 60 THEN 'CLOSED' WHEN g % 100 < 66 THEN 'FOUND'
                                        WHEN g % 100 < 76 THEN 'ORDERED' WHEN g % 100 < 91 THEN 'RECTIFYING'
                                        WHEN g % 100 < 98 THEN 'REPORTED' ELSE 'ACCEPTANCE_REPORTED' END AS status,
                                   CASE WHEN g % 100 < 60 THEN CURRENT_DATE - ((g::bigint * 7919) % 700)::int
                                        ELSE CURRENT_DATE + ((g::bigint * 7919) % 121 - 60)::int END AS due,
                                   timestamptz '2026-11-30 17:00:00+08'
                                       - ((g::bigint * 7919) % (2 * 365 * 24 * 60)) * interval '1 minute' AS found) s""")
                .param(HAZARDS).update();
        long afterHazards = System.nanoTime();
        jdbc().sql("ANALYZE enterprise").update();
        jdbc().sql("ANALYZE hazard").update();
        long total = jdbc().sql("SELECT count(*) FROM hazard").query(Long.class).single();
        System.out.printf(Locale.ROOT, "HAZARD-BENCHMARK generated %d enterprises in %.1f s, %d hazards in %.1f s,"
                        + " ANALYZE in %.1f s; %d hazards in the database%n", enterprises,
                (afterEnterprises - started) / 1e9, hazards, (afterHazards - afterEnterprises) / 1e9,
                (System.nanoTime() - afterHazards) / 1e9, total);
        assertThat(total).isGreaterThanOrEqualTo(HAZARDS);
    }

    private String measure(String level, String list, String bearer, String path) throws Exception {
        return String.format(Locale.ROOT, "| %s | %s ", level, list) + http.time(bearer, path).cells();
    }
}
