package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 over the API against the real database: an inspection finds a failed 重大事故隐患 item → the hazard (MAJOR) →
 * the order (a numbered 责令限期整改指令书) → the enterprise's plan (五落实) and report with a photo → the re-check
 * rejects (a numbered 整改复查意见书, a new deadline) → reported again → the experts' acceptance → the re-check accepts →
 * closed; the refusals on the way (a step out of order names the state, another county does not see it, the city's
 * supervisor does not act on it). The enterprise's acts are entered by the department's staff here (staff may enter
 * what the enterprise hands in on paper).
 */
class HazardIT extends EndToEndIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A chemical enterprise of 正定县 registered here, with an urgent inspection in progress. */
    private JsonNode inspectionOfANewChemicalEnterprise(String name) {
        Map<String, Object> enterprise = Demo.enterpriseBody(Demo.newCreditCode(Demo.ZHENGDING), Demo.ZHENGDING, name);
        enterprise.put("sector", "HAZARDOUS_CHEMICALS");
        long id = expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(enterprise)), 201).json()
                .path("id").asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", id);
        body.put("kind", "SPECIAL");
        body.put("trigger", "ACCIDENT");
        body.put("inspectors", List.of("zd-inspector", "zd-inspector2"));
        body.put("acknowledgeRepeat", true);
        return expect(api("zd-inspector").post("/api/v1/inspections", Http.json(body)), 201).json();
    }

    private long newEnterprise(String name) {
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(Demo.enterpriseBody(
                Demo.newCreditCode(Demo.ZHENGDING), Demo.ZHENGDING, name))), 201).json().path("id").asLong();
    }

    private long photo(String hazard, int seed) {
        return expect(api("zd-inspector").upload(hazard + "/evidence", "整改照片.png", "image/png",
                EvidenceIT.photo(600, seed)), 201).json().path("id").asLong();
    }

    private static String state(Http.Response r) {
        return text(r.json(), "state");
    }

    private static void assertRefusedInState(Http.Response r, String state) {
        JsonNode p = problem(r, 409);
        assertThat(Http.errorFields(p)).containsExactly("state");
        assertThat(p.toString()).contains(state.equals("FOUND") ? "已发现" : state.equals("RECTIFYING") ? "整改中"
                : state.equals("REPORTED") ? "已报整改" : state.equals("CLOSED") ? "已销号" : state);
    }

    private long documents(long hazardId, String type) {
        return jdbc().sql("SELECT count(*) FROM issued_document WHERE subject_kind = 'HAZARD' AND subject_id = ?"
                + " AND type = ?").param(hazardId).param(type).query(Long.class).single();
    }

    @Test
    void inspect_major_hazard_order_report_reject_report_again_acceptance_accept_closed() {
        JsonNode inspection = inspectionOfANewChemicalEnterprise("隐患闭环测试化工有限公司");
        long inspectionId = inspection.path("id").asLong();
        long enterpriseId = inspection.path("enterpriseId").asLong();
        JsonNode major = inspection.path("results").values().stream().filter(r -> r.path("major").asBoolean())
                .findFirst().orElseThrow(() -> new AssertionError("a 重大事故隐患 item of the 化工 list"));
        long item = major.path("checklistItemId").asLong();
        expect(api("zd-inspector").put("/api/v1/inspections/" + inspectionId + "/results/" + item,
                Http.json(Map.of("result", "FAIL", "note", "紧急停车系统处于旁路状态"))), 200);

        // the failed major item makes the hazard major whatever the request says
        Map<String, Object> find = new LinkedHashMap<>();
        find.put("enterpriseId", enterpriseId);
        find.put("inspectionId", inspectionId);
        find.put("checklistItemId", item);
        find.put("source", "INSPECTION");
        find.put("grade", "GENERAL");
        find.put("description", "二号装置紧急停车系统处于旁路状态");
        find.put("place", "二号装置");
        find.put("legalBasis", text(major, "basis"));
        find.put("internalNote", "企业负责人态度消极，需重点跟踪");
        JsonNode hazard = expect(api("zd-inspector").post("/api/v1/hazards", Http.json(find)), 201).json();
        long id = hazard.path("id").asLong();
        String base = "/api/v1/hazards/" + id;
        assertThat(text(hazard, "grade")).isEqualTo("MAJOR");
        assertThat(text(hazard, "state")).isEqualTo("FOUND");
        assertThat(hazard.has("deadline")).isTrue();
        assertThat(hazard.path("deadline").isNull()).isTrue();
        assertThat(hazard.path("escalated").asBoolean()).isFalse();
        assertThat(hazard.path("supervisedBy").isNull()).isTrue();
        assertThat(text(hazard.path("internal"), "note")).isEqualTo("企业负责人态度消极，需重点跟踪");
        // one hazard per failed item
        problem(api("zd-inspector").post("/api/v1/hazards", Http.json(find)), 409);

        // refusals: out of order names the state; another county does not see it; the city's supervisor does not act
        assertRefusedInState(api("zd-inspector").post(base + "/verification", Http.json(Map.of("accepted", true,
                "opinion", "合格"))), "FOUND");
        problem(api("xt-inspector").get(base), 404);
        problem(api("xt-inspector").post(base + "/order", Http.json(Map.of("workingDays", 10, "requirements",
                "整改"))), 404);
        assertThat(api("sjz-supervisor").getJson(base).path("id").asLong()).isEqualTo(id);
        problem(api("sjz-supervisor").post(base + "/order", Http.json(Map.of("workingDays", 10, "requirements",
                "整改"))), 403);
        assertThat(Http.errorFields(problem(api("zd-inspector").post(base + "/order", Http.json(Map.of(
                "requirements", "整改"))), 400))).containsExactly("deadline");

        // 督办: the order with its numbered document and a deadline of working days
        Http.Response ordered = expect(api("zd-inspector").post(base + "/order", Http.json(Map.of("workingDays", 15,
                "requirements", "立即恢复紧急停车系统投用，落实五落实"))), 200);
        assertThat(state(ordered)).isEqualTo("ORDERED");
        LocalDate deadline = LocalDate.parse(text(ordered.json(), "deadline"));
        assertThat(deadline).isAfter(LocalDate.now(ZONE).plusDays(15));
        assertThat(ordered.json().path("daysLeft").asLong()).isPositive();
        assertThat(ordered.json().path("order").path("documentId").asLong()).isPositive();
        assertThat(documents(id, "RECTIFICATION_ORDER")).isEqualTo(1);

        // 整改: the plan (entered by staff for the enterprise), then the report with a photo
        Map<String, Object> plan = Map.of("goal", "恢复紧急停车系统", "responsiblePerson", "张安全", "funds", 50000,
                "measures", "检修联锁，恢复投用，制定旁路管理制度", "plannedCompletion", deadline.minusDays(1).toString());
        assertThat(state(expect(api("zd-inspector").post(base + "/rectification-plan", Http.json(plan)), 200)))
                .isEqualTo("RECTIFYING");
        assertRefusedInState(api("zd-inspector").post(base + "/rectification-plan", Http.json(plan)), "RECTIFYING");
        long photo = photo(base, 91);
        assertThat(Http.errorFields(problem(api("zd-inspector").post(base + "/rectification-report", Http.json(Map.of(
                "description", "已恢复", "evidenceIds", List.of(987654321L)))), 400))).containsExactly("evidenceIds");
        Http.Response reported = expect(api("zd-inspector").post(base + "/rectification-report", Http.json(Map.of(
                "description", "已恢复紧急停车系统投用", "evidenceIds", List.of(photo)))), 200);
        assertThat(state(reported)).isEqualTo("REPORTED");
        LocalDate recheck = LocalDate.parse(text(reported.json(), "recheckDeadline"));
        assertThat(recheck).isBetween(LocalDate.now(ZONE).plusDays(10), LocalDate.now(ZONE).plusDays(20));
        assertThat(text(reported.json(), "recheckSource")).contains("第二十三条");

        // 核查 rejects: a major hazard is not closed before its acceptance; rejected, rectifying again
        assertThat(problem(api("zd-inspector").post(base + "/verification", Http.json(Map.of("accepted", true,
                "opinion", "合格"))), 409).toString()).contains("验收");
        LocalDate newDeadline = LocalDate.now(ZONE).plusDays(30);
        Http.Response rejected = expect(api("zd-inspector").post(base + "/verification", Http.json(Map.of(
                "accepted", false, "opinion", "旁路管理制度未建立", "newDeadline", newDeadline.toString()))), 200);
        assertThat(state(rejected)).isEqualTo("RECTIFYING");
        assertThat(LocalDate.parse(text(rejected.json(), "deadline"))).isEqualTo(newDeadline);
        assertThat(documents(id, "RECHECK_OPINION")).isEqualTo(1);

        // reported again, the experts' acceptance, the re-check accepts: closed
        long photo2 = photo(base, 92);
        assertThat(state(expect(api("zd-inspector").post(base + "/rectification-report", Http.json(Map.of(
                "description", "已建立旁路管理制度", "evidenceIds", List.of(photo2)))), 200))).isEqualTo("REPORTED");
        long report = photo(base, 93);
        assertThat(state(expect(api("zd-inspector").post(base + "/acceptance", Http.json(Map.of("experts",
                "王工（省化工研究院）、李工", "conclusion", "整改合格，同意验收", "evidenceIds", List.of(report)))), 200)))
                .isEqualTo("ACCEPTANCE_REPORTED");
        Http.Response closed = expect(api("zd-inspector").post(base + "/verification", Http.json(Map.of(
                "accepted", true, "opinion", "经复查整改合格，同意销号"))), 200);
        assertThat(state(closed)).isEqualTo("CLOSED");
        assertThat(closed.json().path("daysLeft").isNull()).isTrue();
        assertThat(closed.json().path("verifications").size()).isEqualTo(2);
        assertThat(closed.json().path("reports").size()).isEqualTo(3);
        assertThat(documents(id, "RECHECK_OPINION")).isEqualTo(2);
        assertRefusedInState(api("zd-inspector").post(base + "/verification", Http.json(Map.of("accepted", true,
                "opinion", "again"))), "CLOSED");

        // the record has one entry per step
        assertThat(jdbc().sql("SELECT action FROM audit_entry WHERE aggregate_type = 'Hazard' AND aggregate_id = ?"
                + " ORDER BY id").param(String.valueOf(id)).query(String.class).list()).containsExactly("HazardFound",
                "HazardOrdered", "HazardRectificationPlanned", "HazardRectificationReported", "HazardVerified",
                "HazardRectificationReported", "HazardAcceptanceReported", "HazardVerified");

        // the lists: filters, scope
        assertThat(api("zd-inspector").getJson("/api/v1/hazards?state=CLOSED&grade=MAJOR&enterpriseId="
                + enterpriseId).path("items").values().stream().map(r -> r.path("id").asLong()).toList())
                .containsExactly(id);
        assertThat(api("zd-inspector").getJson("/api/v1/hazards?state=RECTIFYING&enterpriseId=" + enterpriseId)
                .path("items").size()).isZero();
        assertThat(api("sjz-supervisor").getJson("/api/v1/hazards?enterpriseId=" + enterpriseId).path("items")
                .size()).isEqualTo(1);
        assertThat(api("xt-inspector").getJson("/api/v1/hazards?enterpriseId=" + enterpriseId).path("items")
                .size()).isZero();
        problem(api("zd-inspector").get("/api/v1/hazards?state=NONSENSE"), 400);
    }

    @Test
    void a_general_hazard_is_rectified_on_the_spot_extended_by_a_supervisor_and_a_major_one_lowered_with_approval() {
        long enterpriseId = newEnterprise("隐患现场整改测试有限公司");
        JsonNode general = expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of("enterpriseId",
                enterpriseId, "source", "COMPLAINT", "grade", "GENERAL", "description", "灭火器过期"))), 201).json();
        String g = "/api/v1/hazards/" + general.path("id").asLong();
        long photo = photo(g, 94);
        assertThat(state(expect(api("zd-inspector").post(g + "/on-the-spot", Http.json(Map.of("description",
                "当场更换灭火器", "evidenceIds", List.of(photo)))), 200))).isEqualTo("CLOSED");

        JsonNode ordered = expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of("enterpriseId",
                enterpriseId, "source", "COMPLAINT", "grade", "MAJOR", "description", "粉尘除尘系统未设锁气卸灰"))),
                201).json();
        String m = "/api/v1/hazards/" + ordered.path("id").asLong();
        long majorPhoto = photo(m, 95);
        assertThat(problem(api("zd-inspector").post(m + "/on-the-spot", Http.json(Map.of("description", "d",
                "evidenceIds", List.of(majorPhoto)))), 409).toString()).contains("一般事故隐患");
        LocalDate due = LocalDate.now(ZONE).plusDays(20);
        expect(api("zd-inspector").post(m + "/order", Http.json(Map.of("deadline", due.toString(), "requirements",
                "加装锁气卸灰装置"))), 200);

        // extension: applied for before the deadline, decided by a supervisor only
        expect(api("zd-inspector").post(m + "/extension", Http.json(Map.of("reasons", "设备订货周期长",
                "requestedDeadline", due.plusDays(30).toString()))), 200);
        problem(api("zd-inspector").post(m + "/extension-decision", Http.json(Map.of("approved", true,
                "newDeadline", due.plusDays(20).toString()))), 403);
        problem(api("sjz-supervisor").post(m + "/extension-decision", Http.json(Map.of("approved", true,
                "newDeadline", due.plusDays(20).toString()))), 403);
        Http.Response extended = expect(api("zd-chief").post(m + "/extension-decision", Http.json(Map.of(
                "approved", true, "newDeadline", due.plusDays(20).toString(), "note", "同意延期"))), 200);
        assertThat(LocalDate.parse(text(extended.json(), "deadline"))).isEqualTo(due.plusDays(20));
        assertThat(text(extended.json().path("extensions").get(0), "decision")).isEqualTo("APPROVED");

        // on-site measures with their numbered decision, lifted by a supervisor after review
        Http.Response measures = expect(api("zd-inspector").post(m + "/onsite-measures", Http.json(Map.of(
                "measures", List.of("WITHDRAW_WORKERS", "SUSPEND_PRODUCTION"), "detail", "除尘车间"))), 200);
        assertThat(measures.json().path("onsiteMeasuresInForce").asBoolean()).isTrue();
        assertThat(documents(ordered.path("id").asLong(), "ONSITE_MEASURES")).isEqualTo(1);
        problem(api("zd-inspector").post(m + "/onsite-measures-lift", Http.json(Map.of("review", "合格"))), 403);
        assertThat(expect(api("zd-chief").post(m + "/onsite-measures-lift", Http.json(Map.of("review",
                "审查合格，同意恢复生产"))), 200).json().path("onsiteMeasuresInForce").asBoolean()).isFalse();

        // lowering the grade: asked with a reason, approved by a supervisor
        assertThat(Http.errorFields(problem(api("zd-inspector").post(m + "/grade-change", Http.json(Map.of(
                "grade", "GENERAL"))), 400))).containsExactly("reason");
        expect(api("zd-inspector").post(m + "/grade-change", Http.json(Map.of("grade", "GENERAL", "reason",
                "经专家论证不构成重大事故隐患"))), 200);
        problem(api("zd-inspector").post(m + "/grade-change-decision", Http.json(Map.of("approved", true))), 403);
        assertThat(text(expect(api("zd-chief").post(m + "/grade-change-decision", Http.json(Map.of("approved",
                true, "note", "同意"))), 200).json(), "grade")).isEqualTo("GENERAL");
    }
}
