package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.plan.AddingDrawnEnterprises;
import cn.safety.enforcement.domain.plan.SpotCheckCandidate;
import cn.safety.enforcement.domain.plan.SpotCheckPool;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every command on a plan leaves exactly one audit entry named for its event, by the signed-in user, kept with the
 * plan's department; and the plan's pool and drawn enterprises as the draw uses them.
 */
class PlanRecordIT extends EndToEndIT {


    @Autowired
    private SpotCheckPool pool;

    @Autowired
    private AddingDrawnEnterprises drawn;

    @Autowired
    private TransactionTemplate transactions;

    record Entry(String action, String username, Long departmentId, String aggregateType, String aggregateId) {
    }

    private long lastEntryId() {
        return jdbc().sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    private Entry onlyEntrySince(long last) {
        List<Entry> entries = jdbc().sql("""
                        SELECT action, username, department_id, aggregate_type, aggregate_id
                        FROM audit_entry WHERE id > ? ORDER BY id""")
                .param(last)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5)))
                .list();
        assertThat(entries).as("entries written by one command").hasSize(1);
        return entries.get(0);
    }

    private Entry step(String username, String path, String body, int status) {
        long last = lastEntryId();
        expect(api(username).post(path, body), status);
        return onlyEntrySince(last);
    }

    private long enterprise(String sector, String risk) {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "记录计划" + code.substring(8, 17) + "有限公司");
        body.put("sector", sector);
        body.put("riskGrade", risk);
        body.put("standardizationGrade", "LEVEL_1");
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    @Test
    void every_step_of_a_plan_leaves_one_entry_by_the_user_with_the_plans_department() {
        long zd = demo().departmentId(ZHENGDING);
        long mine = enterprise("MINING", "RED");
        int year = PlanYears.next();
        long last = lastEntryId();
        JsonNode plan = expect(api("zd-chief").post("/api/v1/plans", Http.json(Map.of("year", year))), 201).json();
        String id = String.valueOf(plan.path("id").asLong());
        assertThat(onlyEntrySince(last)).isEqualTo(new Entry("PlanDrawnUp", "zd-chief", zd, "Plan", id));
        String base = "/api/v1/plans/" + id;

        assertThat(step("zd-inspector", base + "/generate", "{}", 200))
                .isEqualTo(new Entry("PlanGenerated", "zd-inspector", zd, "Plan", id));

        JsonNode item = api("zd-chief").getJson(base + "/items?kind=KEY&size=500").path("items").values().stream()
                .filter(i -> i.path("enterprise").path("id").asLong() == mine).findFirst().orElseThrow();
        long itemLast = lastEntryId();
        expect(api("zd-chief").put(base + "/items/" + item.path("id").asLong(), Http.json(Map.of("month", 7,
                "version", item.path("version").asLong()))), 200);
        assertThat(onlyEntrySince(itemLast)).isEqualTo(new Entry("PlanItemChanged", "zd-chief", zd, "PlanItem",
                String.valueOf(item.path("id").asLong())));

        assertThat(step("zd-inspector", base + "/submit", "{}", 200))
                .isEqualTo(new Entry("PlanSubmitted", "zd-inspector", zd, "Plan", id));
        assertThat(step("zd-chief", base + "/return", Http.json(Map.of("reason", "补充")), 200))
                .isEqualTo(new Entry("PlanReturned", "zd-chief", zd, "Plan", id));
        step("zd-inspector", base + "/submit", "{}", 200);
        assertThat(step("zd-chief", base + "/approve", Http.json(Map.of("approvedBy", "正定县人民政府",
                "documentNumber", "正政字〔2026〕77号", "approvedOn", LocalDate.now().minusDays(1).toString())), 200))
                .isEqualTo(new Entry("PlanApproved", "zd-chief", zd, "Plan", id));
        long revLast = lastEntryId();
        JsonNode revision = expect(api("zd-inspector").post(base + "/revisions", "{}"), 201).json();
        assertThat(onlyEntrySince(revLast)).isEqualTo(new Entry("PlanRevisionOpened", "zd-inspector", zd, "Plan",
                String.valueOf(revision.path("id").asLong())));

        // a refused step leaves nothing
        long refused = lastEntryId();
        expect(api("zd-inspector").post(base + "/submit", "{}"), 409);
        assertThat(lastEntryId()).isEqualTo(refused);
    }

    @Test
    void adding_a_supervision_item_leaves_one_entry_of_the_upper_department() {
        long sjz = demo().departmentId(SHIJIAZHUANG);
        long target = enterprise("OTHER", "BLUE");
        JsonNode plan = expect(api("sjz-supervisor").post("/api/v1/plans",
                Http.json(Map.of("year", PlanYears.next()))), 201).json();
        long last = lastEntryId();
        JsonNode item = expect(api("sjz-supervisor").post("/api/v1/plans/" + plan.path("id").asLong() + "/items",
                Http.json(Map.of("enterpriseId", target, "kind", "SUPERVISION", "reason", "市级督查"))), 201).json();
        assertThat(onlyEntrySince(last)).isEqualTo(new Entry("PlanItemAdded", "sjz-supervisor", sjz, "PlanItem",
                String.valueOf(item.path("id").asLong())));
    }

    @Test
    void the_pool_holds_the_departments_enterprises_off_the_key_list_and_drawn_ones_join_as_spot_checks() {
        long key = enterprise("FIREWORKS", "RED");
        long other = enterprise("OTHER", "BLUE");
        long cityOwned = demo().createEnterpriseId("sjz-inspector", ZHENGDING);
        JsonNode plan = expect(api("zd-chief").post("/api/v1/plans",
                Http.json(Map.of("year", PlanYears.next()))), 201).json();
        long planId = plan.path("id").asLong();
        expect(api("zd-chief").post("/api/v1/plans/" + planId + "/generate", "{}"), 200);
        Actor chief = new Actor(0, "zd-chief", demo().departmentId(ZHENGDING),
                DivisionLevel.COUNTY, new Location(ZHENGDING, SHIJIAZHUANG, "130000"), Set.of(Role.SUPERVISOR));

        List<SpotCheckCandidate> candidates = pool.poolOf(planId, chief);
        assertThat(candidates).extracting(SpotCheckCandidate::enterpriseId).contains(other)
                .doesNotContain(key, cityOwned);
        assertThat(candidates).extracting(SpotCheckCandidate::creditCode).isSorted();
        Actor outsider = new Actor(1, "bh", demo().departmentId(Demo.BINHAI), DivisionLevel.COUNTY,
                new Location(Demo.BINHAI, null, "120000"), Set.of(Role.INSPECTOR));
        assertThatThrownBy(() -> pool.poolOf(planId, outsider))
                .isInstanceOf(cn.safety.enforcement.domain.NotFound.class);

        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> drawn.add(planId, 41L, List.of(key))))
                .isInstanceOf(cn.safety.enforcement.domain.RuleViolation.class);
        long last = lastEntryId();
        transactions.executeWithoutResult(t -> drawn.add(planId, 41L, List.of(other)));
        assertThat(onlyEntrySince(last).action()).isEqualTo("DrawnEnterprisesAdded");
        JsonNode item = api("zd-chief").getJson("/api/v1/plans/" + planId + "/items?kind=SPOT_CHECK&size=500")
                .path("items").values().stream().filter(i -> i.path("enterprise").path("id").asLong() == other)
                .findFirst().orElseThrow();
        assertThat(item.path("reasons").get(0).path("code").asString()).isEqualTo("DRAWN");
        assertThat(item.path("requiredInspections").asInt()).isEqualTo(1);
    }
}
