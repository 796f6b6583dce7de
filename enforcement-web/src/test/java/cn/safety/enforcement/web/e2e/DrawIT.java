package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.draw.Draw;
import cn.safety.enforcement.domain.draw.DrawCandidate;
import cn.safety.enforcement.domain.draw.DrawInput;
import cn.safety.enforcement.domain.draw.DrawPlans;
import cn.safety.enforcement.domain.draw.DrawResult;
import cn.safety.enforcement.domain.draw.RecusedPair;
import cn.safety.enforcement.domain.draw.RunningDraws;
import cn.safety.enforcement.domain.draw.Sha256FisherYates;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * 双随机、一公开 in the running application: a recusal, a freeze over 正定县's pool, the seed by its supervisor (and
 * nobody else, and only once), the public document that anyone reads without signing in and that recomputes, from
 * itself alone, to the published result; and the database refusing any change of what was frozen.
 */
class DrawIT extends EndToEndIT {

    private static final String REASON = "配偶在该企业任安全主管（不公开）";

    @Autowired
    private RunningDraws running;

    @Autowired
    private UserDetailsService users;

    private Actor actor(String username) {
        return ((EnforcementUser) users.loadUserByUsername(username)).actor();
    }

    /** The year of this class's draws (a year no other test plans). */
    private static final int YEAR = PlanYears.next();
    private static volatile Long plan;

    /** 正定县's plan of this class's year, drawn up once. */
    private synchronized long plan() {
        if (plan == null) {
            plan = expect(api("zd-chief").post("/api/v1/plans", Http.json(java.util.Map.of("year", YEAR))), 201)
                    .json().path("id").asLong();
        }
        return plan;
    }

    /** Fresh enterprises of 正定县 as a pool, and a draw frozen over it by 正定县's supervisor. */
    private Draw frozenDraw(List<DrawCandidate> pool, String ratio) {
        Actor chief = actor("zd-chief");
        return running.freeze(chief, new DrawPlans.DrawnPlan(plan(), chief.departmentId(), YEAR), pool,
                new BigDecimal(ratio), "福利彩票双色球 2026150 期开奖号码（按公告原文，红球升序、空格分隔，加蓝球）");
    }

    private List<DrawCandidate> pool(int n) {
        List<DrawCandidate> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonNode e = demo().createEnterprise("zd-inspector", ZHENGDING);
            pool.add(new DrawCandidate(e.path("id").asLong(), text(e, "creditCode")));
        }
        return pool;
    }

    private long lastEntryId() {
        return jdbc().sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    private List<String> actionsSince(long last) {
        return jdbc().sql("SELECT action FROM audit_entry WHERE id > ? ORDER BY id").param(last)
                .query(String.class).list();
    }

    @Test
    void a_draw_is_frozen_seeded_once_by_the_supervisor_and_published_so_that_it_recomputes() throws Exception {
        List<DrawCandidate> pool = pool(6);
        // 李执法 (zd-inspector, 冀执13012320240003) is linked to the first enterprise
        long last = lastEntryId();
        JsonNode recusal = expect(api("zd-inspector").post("/api/v1/recusals", Http.json(java.util.Map.of(
                "enterpriseId", pool.get(0).enterpriseId(), "reason", REASON))), 201).json();
        assertThat(actionsSince(last)).containsExactly("RecusalDeclared");
        assertThat(api("zd-chief").get("/api/v1/recusals").body()).contains(REASON, pool.get(0).creditCode());
        assertThat(api("xt-inspector").get("/api/v1/recusals").body()).doesNotContain(REASON);

        last = lastEntryId();
        Draw draw = frozenDraw(pool, "0.5");
        assertThat(actionsSince(last)).containsExactly("DrawFrozen");
        assertThat(draw.getCount()).isEqualTo(3);
        String url = "/api/v1/public/draws/" + draw.getId();

        // frozen and public at once, without signing in; no seed yet
        Http.Response frozen = expect(anonymous().get(url, "application/json"), 200);
        JsonNode doc = frozen.json();
        List<String> codes = pool.stream().map(DrawCandidate::creditCode).sorted().toList();
        assertThat(strings(doc.path("candidates"))).containsExactlyElementsOf(codes);
        assertThat(text(doc, "candidatesSha256")).isEqualTo(Sha256FisherYates.candidatesSha256(codes));
        assertThat(text(doc, "seed")).isNull();
        assertThat(strings(doc.path("selected"))).isEmpty();
        assertThat(strings(doc.path("roster"))).contains("冀执13012320240003", "冀执13012320240004")
                .doesNotContain("冀执13012320210011") // expired at the end of 2025
                .isSortedAccordingTo(String::compareTo);
        assertThat(doc.path("recusals").values()).anySatisfy(r -> {
            assertThat(text(r, "certificateNumber")).isEqualTo("冀执13012320240003");
            assertThat(text(r, "creditCode")).isEqualTo(pool.get(0).creditCode());
        });
        assertThat(frozen.body()).doesNotContain(REASON, "李执法", "zd-inspector", "zd-chief");

        // only the department's supervisor enters the seed
        String seed = "03 08 15 21 27 33 + 11";
        assertThat(problem(api("zd-inspector").post("/api/v1/draws/" + draw.getId() + "/seed",
                Http.json(java.util.Map.of("seed", seed))), 403)).isNotNull();
        expect(api("xt-inspector").post("/api/v1/draws/" + draw.getId() + "/seed",
                Http.json(java.util.Map.of("seed", seed))), 404);
        expect(api("tj-admin").post("/api/v1/draws/" + draw.getId() + "/seed",
                Http.json(java.util.Map.of("seed", seed))), 404);
        // the city's supervisor reads 正定县 but does not act for it
        expect(api("sjz-supervisor").post("/api/v1/draws/" + draw.getId() + "/seed",
                Http.json(java.util.Map.of("seed", seed))), 403);
        assertThat(errorsFor(problem(api("zd-chief").post("/api/v1/draws/" + draw.getId() + "/seed",
                Http.json(java.util.Map.of("seed", "  "))), 400), "seed")).isNotEmpty();

        last = lastEntryId();
        JsonNode result = expect(api("zd-chief").post("/api/v1/draws/" + draw.getId() + "/seed",
                Http.json(java.util.Map.of("seed", seed))), 200).json();
        // the draw's entry, and the plan's for its new spot-check items
        assertThat(actionsSince(last)).containsExactly("DrawSeeded", "DrawnEnterprisesAdded");
        assertThat(strings(result.path("selected"))).hasSize(3);
        for (JsonNode a : result.path("assignments").values()) {
            if (text(a, "creditCode").equals(pool.get(0).creditCode())) {
                assertThat(strings(a.path("inspectors"))).doesNotContain("冀执13012320240003");
            }
            assertThat(strings(a.path("inspectors"))).hasSize(2);
        }

        // once only: the first seed stands
        JsonNode again = problem(api("zd-chief").post("/api/v1/draws/" + draw.getId() + "/seed",
                Http.json(java.util.Map.of("seed", "another"))), 409);
        assertThat(text(again, "detail")).contains("随机种子");

        // the public document alone recomputes to the published result, in Java and by the published script
        String published = expect(anonymous().get(url, "application/json"), 200).body();
        JsonNode pub = JsonMapper.builder().build().readTree(published);
        assertThat(text(pub, "seed")).isEqualTo(seed);
        assertThat(strings(pub.path("selected"))).isEqualTo(strings(result.path("selected")));
        assertThat(recomputed(pub)).isEqualTo(published(pub));
        assumePython();
        assertThat(verify(published)).startsWith("MATCH");
        assertThat(verify(published.replace(seed, seed + " "))).startsWith("MISMATCH");
    }

    @Test
    void a_draw_over_the_plans_pool_is_frozen_through_the_api_and_its_enterprises_join_the_plan() {
        long plan = expect(api("zd-chief").post("/api/v1/plans", Http.json(java.util.Map.of("year",
                PlanYears.next()))), 201).json().path("id").asLong();
        pool(2);
        String path = "/api/v1/plans/" + plan + "/draws";
        String body = Http.json(java.util.Map.of("ratio", "0.1", "seedSource", "双色球 2032001 期开奖号码"));
        // refused: an inspector, the county beside, another province, the city above; a bad ratio names its field
        expect(api("zd-inspector").post(path, body), 403);
        expect(api("xt-inspector").post(path, body), 404);
        expect(api("tj-admin").post(path, body), 404);
        expect(api("sjz-supervisor").post(path, body), 403);
        expect(api("zd-chief").post("/api/v1/plans/987654321/draws", body), 404);
        assertThat(errorsFor(problem(api("zd-chief").post(path, Http.json(java.util.Map.of("ratio", "1.2",
                "seedSource", "x"))), 400), "ratio")).isNotEmpty();
        assertThat(errorsFor(problem(api("zd-chief").post(path, Http.json(java.util.Map.of("ratio", "0.1"))), 400),
                "seedSource")).isNotEmpty();

        long pool = jdbc().sql("SELECT count(*) FROM enterprise e JOIN plan p ON p.department_id = e.department_id"
                + " WHERE p.id = ?").param(plan).query(Long.class).single();
        long last = lastEntryId();
        Http.Response created = expect(api("zd-chief").post(path, body), 201);
        assertThat(actionsSince(last)).containsExactly("DrawFrozen");
        JsonNode draw = created.json();
        assertThat(draw.path("candidateCount").asLong()).isEqualTo(pool);
        assertThat(draw.path("count").asLong()).isEqualTo((pool + 9) / 10);
        assertThat(text(draw, "ratio")).isEqualTo("0.1");
        assertThat(created.location()).endsWith("/api/v1/public/draws/" + draw.path("id").asLong());

        JsonNode result = expect(api("zd-chief").post("/api/v1/draws/" + draw.path("id").asLong() + "/seed",
                Http.json(java.util.Map.of("seed", "05 11 16 20 28 32 + 04"))), 200).json();
        List<String> selected = strings(result.path("selected"));
        String items = expect(api("zd-inspector").get("/api/v1/plans/" + plan + "/items?kind=SPOT_CHECK&size=200"),
                200).body();
        assertThat(selected).isNotEmpty().allSatisfy(code -> assertThat(items).contains(code));
        assertThat(items).contains("DRAWN");
    }

    @Test
    void the_database_refuses_any_change_of_a_frozen_draw() {
        Draw draw = frozenDraw(pool(2), "1");
        long id = draw.getId();
        for (String sql : List.of(
                "UPDATE draw_candidate SET credit_code = credit_code WHERE draw_id = " + id,
                "DELETE FROM draw_candidate WHERE draw_id = " + id,
                "DELETE FROM draw_roster WHERE draw_id = " + id,
                "UPDATE draw SET ratio = 0.5 WHERE id = " + id,
                "UPDATE draw SET seed_source = 'other' WHERE id = " + id,
                "DELETE FROM draw WHERE id = " + id,
                "INSERT INTO draw_roster (draw_id, ordinal, certificate_number) VALUES (" + id + ", 99, 'X')")) {
            assertThatThrownBy(() -> jdbc().sql(sql).update()).as(sql).isNotNull();
        }
        assertThat(jdbc().sql("SELECT count(*) FROM draw_candidate WHERE draw_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);

        expect(api("zd-chief").post("/api/v1/draws/" + id + "/seed", Http.json(java.util.Map.of("seed", "x"))), 200);
        assertThatThrownBy(() -> jdbc().sql("UPDATE draw SET seed = 'y' WHERE id = " + id).update()).isNotNull();
        assertThatThrownBy(() -> jdbc().sql("DELETE FROM draw_selection WHERE draw_id = " + id).update()).isNotNull();
    }

    @Test
    void a_freeze_is_refused_with_the_field_for_a_bad_ratio_or_no_seed_source_and_for_anyone_but_the_supervisor() {
        List<DrawCandidate> pool = pool(1);
        Actor chief = actor("zd-chief");
        DrawPlans.DrawnPlan plan = new DrawPlans.DrawnPlan(plan(), chief.departmentId(), YEAR);
        for (String ratio : List.of("0", "-0.1", "1.5", "0.0000001")) {
            assertThatThrownBy(() -> running.freeze(chief, plan, pool, new BigDecimal(ratio), "x"))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.problems().get(0).field()).isEqualTo("ratio"));
        }
        assertThatThrownBy(() -> running.freeze(chief, plan, pool, new BigDecimal("0.1"), " "))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.problems().get(0).field()).isEqualTo("seedSource"));
        assertThatThrownBy(() -> running.freeze(actor("zd-inspector"), plan, pool, new BigDecimal("0.1"), "x"))
                .hasMessageContaining("draw.supervisorOnly");
        assertThatThrownBy(() -> running.freeze(actor("sjz-supervisor"), plan, pool, new BigDecimal("0.1"), "x"))
                .hasMessageContaining("ownDepartmentOnly");
        assertThatThrownBy(() -> running.freeze(actor("xt-inspector"), plan, pool, new BigDecimal("0.1"), "x"))
                .hasMessageContaining("not found");
    }

    @Test
    void the_public_list_finds_draws_by_division_and_year_without_signing_in() {
        Draw draw = frozenDraw(pool(1), "1");
        String id = "\"id\":" + draw.getId() + ",";
        assertThat(expect(anonymous().get("/api/v1/public/draws?divisionCode=130000&year=" + YEAR,
                "application/json"), 200).body()).contains(id, "正定县应急管理局");
        assertThat(expect(anonymous().get("/api/v1/public/draws?divisionCode=" + ZHENGDING, "application/json"),
                200).body()).contains(id);
        assertThat(expect(anonymous().get("/api/v1/public/draws?divisionCode=120000", "application/json"), 200)
                .body()).doesNotContain(id);
        assertThat(expect(anonymous().get("/api/v1/public/draws?divisionCode=130000&year=" + (YEAR + 100),
                "application/json"), 200).body()).doesNotContain(id);
        expect(anonymous().get("/api/v1/public/draws/987654321", "application/json"), 404);
    }

    @Test
    void recusals_are_recorded_by_the_inspector_or_the_departments_supervisor_and_refused_elsewhere() {
        long enterprise = pool(1).get(0).enterpriseId();
        long zdInspector2 = jdbc().sql("SELECT id FROM app_user WHERE username = 'zd-inspector2'")
                .query(Long.class).single();
        long last = lastEntryId();
        JsonNode recorded = expect(api("zd-chief").post("/api/v1/recusals", Http.json(java.util.Map.of(
                "userId", zdInspector2, "enterpriseId", enterprise, "reason", "曾在该企业任职"))), 201).json();
        assertThat(actionsSince(last)).containsExactly("RecusalDeclared");
        assertThat(recorded.path("userId").asLong()).isEqualTo(zdInspector2);
        // twice for the same pair: refused on the enterprise
        assertThat(errorsFor(problem(api("zd-inspector2").post("/api/v1/recusals", Http.json(java.util.Map.of(
                "enterpriseId", enterprise, "reason", "again"))), 400), "enterpriseId")).isNotEmpty();
        // an inspector records for nobody else; another county's inspector does not see the enterprise
        assertThat(errorsFor(problem(api("zd-inspector").post("/api/v1/recusals", Http.json(java.util.Map.of(
                "userId", zdInspector2, "enterpriseId", enterprise, "reason", "x"))), 400), "userId")).isNotEmpty();
        assertThat(errorsFor(problem(api("xt-inspector").post("/api/v1/recusals", Http.json(java.util.Map.of(
                "enterpriseId", enterprise, "reason", "x"))), 400), "enterpriseId")).isNotEmpty();
        assertThat(errorsFor(problem(api("zd-inspector").post("/api/v1/recusals", Http.json(java.util.Map.of(
                "enterpriseId", enterprise, "reason", " "))), 400), "reason")).isNotEmpty();
        // the city's supervisor reads 正定县's recusals but records none for its inspectors
        assertThat(api("sjz-supervisor").get("/api/v1/recusals").body()).contains("曾在该企业任职");
        expect(api("sjz-supervisor").post("/api/v1/recusals", Http.json(java.util.Map.of(
                "userId", zdInspector2, "enterpriseId", enterprise, "reason", "x"))), 403);
        // another inspector neither sees nor withdraws it
        assertThat(api("zd-inspector").get("/api/v1/recusals").body()).doesNotContain("曾在该企业任职");
        long id = recorded.path("id").asLong();
        expect(api("zd-inspector").post("/api/v1/recusals/" + id + "/withdraw",
                Http.json(java.util.Map.of("reason", "x"))), 404);
        last = lastEntryId();
        JsonNode withdrawn = expect(api("zd-inspector2").post("/api/v1/recusals/" + id + "/withdraw",
                Http.json(java.util.Map.of("reason", "已离职三年"))), 200).json();
        assertThat(withdrawn.path("inForce").asBoolean()).isFalse();
        assertThat(actionsSince(last)).containsExactly("RecusalWithdrawn");
    }

    // ---- recomputing from the public document alone ----

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    private static DrawResult recomputed(JsonNode pub) {
        List<RecusedPair> recusals = pub.path("recusals").values().stream()
                .map(r -> new RecusedPair(text(r, "certificateNumber"), text(r, "creditCode"))).toList();
        return Sha256FisherYates.draw(text(pub, "seed"), new DrawInput(strings(pub.path("candidates")),
                new BigDecimal(text(pub, "ratio")), strings(pub.path("roster")), recusals));
    }

    private static DrawResult published(JsonNode pub) {
        return new DrawResult(strings(pub.path("selected")), pub.path("assignments").values().stream()
                .map(a -> new DrawResult.Assignment(text(a, "creditCode"), strings(a.path("inspectors")),
                        a.path("shortfall").asBoolean())).toList());
    }

    private static void assumePython() {
        boolean present;
        try {
            present = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        assumeThat(present).as("python3 installed").isTrue();
    }

    static String verify(String document) throws IOException, InterruptedException {
        Path file = Files.createTempFile("draw", ".json");
        try {
            Files.writeString(file, document, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", Path.of("..", "docs", "draw-verify.py").toString(),
                    file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
