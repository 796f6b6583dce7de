package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.HEBEI;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test (docs/benchmark.md): generating the plan of a province-level department over 100,000
 * enterprises. Runs only when named: {@code ./mvnw -pl enforcement-web -am verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PlanGenerationBenchmark}. It adds the enterprises to 河北省应急管理厅
 * of the test database in one statement (a fifth of them in key sectors, some suspended), then times
 * {@code POST /api/v1/plans/{id}/generate} three times and prints the figures.
 */
class PlanGenerationBenchmark extends EndToEndIT {

    private static final int ENTERPRISES = 100_000;

    @Test
    void generating_a_province_plan_over_100000_enterprises() {
        long province = demo().departmentId(HEBEI);
        long before = jdbc().sql("SELECT count(*) FROM enterprise WHERE department_id = ?").param(province)
                .query(Long.class).single();
        jdbc().sql("""
                        INSERT INTO enterprise (id, credit_code, name, address, division_code, city_code, province_code,
                                                sector, employees, standardization_grade, risk_grade, status,
                                                department_id, created_at, updated_at)
                        SELECT nextval('enterprise_seq'), '93' || lpad(g::text, 16, '0'), '基准企业' || g,
                               '河北省基准地址' || g, '130123', '130100', '130000',
                               (ARRAY['MINING','HAZARDOUS_CHEMICALS','OTHER','INDUSTRY_TRADE','CONSTRUCTION'])[g % 5 + 1],
                               10, 'NONE', (ARRAY['RED','ORANGE','YELLOW','BLUE'])[g % 4 + 1],
                               CASE WHEN g % 50 = 0 THEN 'SUSPENDED' ELSE 'OPERATING' END, ?, now(), now()
                        FROM generate_series(1, ?) AS g
                        ON CONFLICT (credit_code) DO NOTHING""")
                .params(province, ENTERPRISES).update();
        long total = jdbc().sql("SELECT count(*) FROM enterprise WHERE department_id = ?").param(province)
                .query(Long.class).single();
        assertThat(total).isGreaterThanOrEqualTo(before + ENTERPRISES - 1);
        int year = 2099;
        JsonNode plan = api("hb-inspector").getJson("/api/v1/plans?year=" + year).path("items").isEmpty()
                ? expect(api("hb-inspector").post("/api/v1/plans", Http.json(Map.of("year", year))), 201).json()
                : api("hb-inspector").getJson("/api/v1/plans?year=" + year).path("items").get(0);
        String path = "/api/v1/plans/" + plan.path("id").asLong() + "/generate";
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            expect(api("hb-inspector").post(path, "{}"), 200);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long items = jdbc().sql("SELECT count(*) FROM plan_item WHERE plan_id = ?")
                    .param(plan.path("id").asLong()).query(Long.class).single();
            System.out.printf("PLAN-BENCHMARK run %d: %d enterprises, %d key items, %d ms%n", run, total, items, ms);
        }
    }
}
