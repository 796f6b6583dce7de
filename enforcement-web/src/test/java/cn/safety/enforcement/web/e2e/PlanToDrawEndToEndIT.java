package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.draw.DrawInput;
import cn.safety.enforcement.domain.draw.DrawResult;
import cn.safety.enforcement.domain.draw.RecusedPair;
import cn.safety.enforcement.domain.draw.Sha256FisherYates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 from end to end, over the API against the real database: record an accident → generate → the enterprise is key
 * with the reason and two inspections → move a law-abiding one → submit → approve → freeze a draw → seed → the public
 * JSON re-runs to the same result (in Java and with docs/draw-verify.py), and the drawn enterprises are the plan's
 * spot-check items.
 */
class PlanToDrawEndToEndIT extends EndToEndIT {

    private long enterprise(String sector, String riskGrade, String grade) {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "全流程" + code.substring(8, 17) + "有限公司");
        body.put("sector", sector);
        body.put("riskGrade", riskGrade);
        body.put("standardizationGrade", grade);
        body.put("status", "OPERATING");
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    private List<JsonNode> items(long plan, String kind) {
        List<JsonNode> all = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = api("zd-chief").getJson("/api/v1/plans/" + plan + "/items?size=500&kind=" + kind + after);
            all.addAll(page.path("items").values());
            if (page.path("next").isNull() || page.path("next").isMissingNode()) {
                return all;
            }
            after = "&after=" + page.path("next").asLong();
        }
    }

    private static JsonNode itemOf(List<JsonNode> items, long enterpriseId) {
        return items.stream().filter(i -> i.path("enterprise").path("id").asLong() == enterpriseId).findFirst()
                .orElse(null);
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    @Test
    void accident_to_plan_to_approval_to_a_published_draw_that_recomputes() throws Exception {
        // record an accident
        long accident = enterprise("OTHER", "BLUE", "LEVEL_2");
        Map<String, Object> fatal = new LinkedHashMap<>();
        fatal.put("enterpriseId", accident);
        fatal.put("occurredAt", LocalDate.now().minusMonths(8) + "T10:15:00+08:00");
        fatal.put("place", "包装车间");
        fatal.put("category", "物体打击");
        fatal.put("deaths", 1);
        fatal.put("seriousInjuries", 0);
        fatal.put("directLossTenThousandYuan", 95);
        fatal.put("summary", "吊装作业中货物坠落，一人死亡。");
        JsonNode recorded = expect(api("zd-inspector").post("/api/v1/accidents", Http.json(fatal)), 201).json();
        assertThat(text(recorded, "grade")).isEqualTo("GENERAL");
        long mine = enterprise("MINING", "RED", "LEVEL_1");

        // generate: the enterprise is key with the reason and two inspections
        long plan = expect(api("zd-chief").post("/api/v1/plans", Http.json(Map.of("year", PlanYears.next()))), 201)
                .json().path("id").asLong();
        String base = "/api/v1/plans/" + plan;
        expect(api("zd-chief").post(base + "/generate", "{}"), 200);
        JsonNode key = itemOf(items(plan, "KEY"), accident);
        assertThat(key).isNotNull();
        assertThat(key.path("reasons").values()).extracting(r -> text(r, "code")).containsExactly("FATAL_ACCIDENT");
        assertThat(key.path("requiredInspections").asInt()).isEqualTo(2);

        // move a law-abiding one to the spot-check pool
        JsonNode mineItem = itemOf(items(plan, "KEY"), mine);
        expect(api("zd-chief").put(base + "/items/" + mineItem.path("id").asLong(), Http.json(Map.of(
                "moveToSpotCheck", true, "reason", "安全生产标准化一级企业，近三年无事故",
                "version", mineItem.path("version").asLong()))), 200);

        // submit, approve
        expect(api("zd-inspector").post(base + "/submit", "{}"), 200);
        JsonNode approved = expect(api("zd-chief").post(base + "/approve", Http.json(Map.of(
                "approvedBy", "正定县人民政府", "documentNumber", "正政函〔2026〕88号",
                "approvedOn", LocalDate.now().minusDays(1).toString()))), 200).json();
        assertThat(text(approved, "status")).isEqualTo("APPROVED");

        // freeze a draw over the pool: the moved mine is a candidate, the key enterprise is not
        JsonNode draw = expect(api("zd-chief").post(base + "/draws", Http.json(Map.of("ratio", "0.25",
                "seedSource", "中国福利彩票双色球下一期开奖号码（开奖公告原文）"))), 201).json();
        long id = draw.path("id").asLong();
        JsonNode frozen = anonymous().get("/api/v1/public/draws/" + id, "application/json").json();
        List<String> candidates = strings(frozen.path("candidates"));
        String mineCode = api("zd-chief").getJson("/api/v1/enterprises/" + mine).path("creditCode").asString();
        String accidentCode = api("zd-chief").getJson("/api/v1/enterprises/" + accident).path("creditCode")
                .asString();
        assertThat(candidates).contains(mineCode).doesNotContain(accidentCode);
        assertThat(frozen.path("count").asInt()).isEqualTo(Sha256FisherYates.count(candidates.size(),
                new BigDecimal("0.25")));

        // seed
        JsonNode result = expect(api("zd-chief").post("/api/v1/draws/" + id + "/seed",
                Http.json(Map.of("seed", "04 10 13 19 24 30 + 16"))), 200).json();

        // the public JSON alone re-runs to the same result
        String published = expect(anonymous().get("/api/v1/public/draws/" + id, "application/json"), 200).body();
        JsonNode pub = JsonMapper.builder().build().readTree(published);
        List<RecusedPair> recusals = pub.path("recusals").values().stream()
                .map(r -> new RecusedPair(text(r, "certificateNumber"), text(r, "creditCode"))).toList();
        DrawResult again = Sha256FisherYates.draw(text(pub, "seed"), new DrawInput(strings(pub.path("candidates")),
                new BigDecimal(text(pub, "ratio")), strings(pub.path("roster")), recusals));
        assertThat(again.selected()).isEqualTo(strings(pub.path("selected")))
                .isEqualTo(strings(result.path("selected")));
        assertThat(again.assignments().stream().map(DrawResult.Assignment::inspectors).toList())
                .isEqualTo(pub.path("assignments").values().stream().map(a -> strings(a.path("inspectors")))
                        .toList());
        if (pythonInstalled()) {
            assertThat(DrawIT.verify(published)).startsWith("MATCH");
        }

        // the drawn enterprises are the plan's spot-check items
        List<JsonNode> spot = items(plan, "SPOT_CHECK");
        for (String code : again.selected()) {
            assertThat(spot).as(code).anySatisfy(i -> {
                assertThat(text(i.path("enterprise"), "creditCode")).isEqualTo(code);
                assertThat(i.path("reasons").values()).extracting(r -> text(r, "code")).contains("DRAWN");
            });
        }
    }

    private static boolean pythonInstalled() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
