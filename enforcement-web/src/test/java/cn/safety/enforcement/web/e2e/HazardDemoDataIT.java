package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo hazards as the demo users find them through the API (the tests share the demo database: each demo hazard
 * is recognised by its own description, never by a count): every state of the loop among 正定县's, the overdue major
 * hazard escalated to 石家庄市 and under its 挂牌督办, 恒安化工's open orders as its account sees them and nothing else,
 * the extension granted and the re-check rejected in the hazards' records, the notifications the overdue job left,
 * and a second start that loads nothing.
 */
class HazardDemoDataIT extends EndToEndIT {

    /** 状态: the demo's hazards of 正定县 by the start of their description. */
    private static final Map<String, String> COUNTY = Map.of(
            "二号储罐区（一级重大危险源）", "CLOSED",
            "一号、二号储罐进料管道紧急切断阀", "ACCEPTANCE_REPORTED",
            "中控室通往罐区的应急疏散通道", "CLOSED",
            "粉磨车间袋式除尘器", "RECTIFYING",
            "井下-120m水平", "RECTIFYING",
            "机加工车间两台砂轮机", "REPORTED",
            "自查发现：甲类仓库内两盏防爆照明灯具", "RECTIFYING",
            "液碱装卸区紧急洗眼器", "ORDERED",
            "自查发现：污水处理站调节池", "FOUND");

    private static final Map<String, String> CITY = Map.of(
            "储罐区紧急切断阀处于手动旁路状态，紧急切断功能未投用，控制系统记录", "CLOSED",
            "污水处理站集水池", "RECTIFYING",
            "厂区消防车道被成品货物占用", "ORDERED");

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every hazard the user reads whose description starts with one of {@code starts}, by that start. */
    private Map<String, JsonNode> demoHazards(String username, Set<String> starts) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        String next = null;
        do {
            JsonNode page = api(username).getJson("/api/v1/hazards?size=100" + (next == null ? "" : "&after=" + next));
            for (JsonNode row : page.path("items").values()) {
                String description = text(row, "description");
                starts.stream().filter(description::startsWith).findFirst().ifPresent(s -> {
                    assertThat(found).as("one demo hazard %s", s).doesNotContainKey(s);
                    found.put(s, row);
                });
            }
            next = text(page, "next");
        } while (next != null);
        return found;
    }

    private JsonNode hazard(String username, long id) {
        return api(username).getJson("/api/v1/hazards/" + id);
    }

    private long countyHazard(String start) {
        return demoHazards("zd-inspector", Set.of(start)).get(start).path("id").asLong();
    }

    /** Every notification of the user about the hazard, by kind (all pages). */
    private List<String> notificationKinds(String username, long hazardId) {
        List<String> kinds = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = api(username).getJson("/api/v1/notifications?size=100"
                    + (next == null ? "" : "&after=" + next));
            for (JsonNode n : page.path("items").values()) {
                if (n.path("hazardId").asLong() == hazardId) {
                    kinds.add(text(n, "kind"));
                }
            }
            next = text(page, "next");
        } while (next != null);
        return kinds;
    }

    private List<Long> queue(String username) {
        List<Long> ids = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = api(username).getJson("/api/v1/hazards/supervised?size=100"
                    + (next == null ? "" : "&after=" + next));
            page.path("items").values().forEach(r -> ids.add(r.path("id").asLong()));
            next = text(page, "next");
        } while (next != null);
        return ids;
    }

    @Test
    void the_hazards_of_zhengding_are_in_every_state_of_the_loop_and_the_citys_in_three() {
        Map<String, JsonNode> county = demoHazards("zd-inspector", COUNTY.keySet());
        assertThat(county).as("every demo hazard of 正定县").containsOnlyKeys(COUNTY.keySet());
        county.forEach((start, row) -> {
            assertThat(text(row, "state")).as(start).isEqualTo(COUNTY.get(start));
            assertThat(text(row, "departmentName")).as(start).isEqualTo(Demo.ZHENGDING_DEPARTMENT);
        });
        Set<String> states = county.values().stream().map(r -> text(r, "state")).collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrder("FOUND", "ORDERED", "RECTIFYING", "REPORTED",
                "ACCEPTANCE_REPORTED", "CLOSED");
        assertThat(county.values().stream().map(r -> text(r, "source")).collect(Collectors.toSet()))
                .contains("SELF_REPORT", "COMPLAINT");
        assertThat(county.values().stream().map(r -> r.path("enterpriseId").asLong()).distinct().count())
                .as("several enterprises of 正定县").isGreaterThanOrEqualTo(4);

        // the inspections' failed 重大事故隐患 items: major, linked to their inspection and item
        JsonNode closed = hazard("zd-inspector", county.get("二号储罐区（一级重大危险源）").path("id").asLong());
        assertThat(text(closed, "grade")).isEqualTo("MAJOR");
        assertThat(text(closed, "source")).isEqualTo("INSPECTION");
        assertThat(closed.path("checklistItemId").asLong()).isPositive();
        assertThat(closed.path("reports").values()).extracting(r -> text(r, "kind"))
                .containsExactly("RECTIFICATION", "ACCEPTANCE");
        assertThat(closed.path("verifications").values()).extracting(v -> v.path("accepted").asBoolean())
                .containsExactly(true);
        assertThat(closed.path("onsiteMeasures").get(0).path("liftedAt").isNull()).as("measures lifted").isFalse();
        JsonNode spot = hazard("zd-inspector", county.get("中控室通往罐区的应急疏散通道").path("id").asLong());
        assertThat(spot.path("verifications").isEmpty()).as("closed on the spot, no re-check").isTrue();
        assertThat(spot.path("order").isNull()).as("closed on the spot, never ordered").isTrue();
        assertThat(spot.path("reports").get(0).path("evidenceIds").size()).isEqualTo(1);
        JsonNode acceptance = hazard("zd-inspector", county.get("一号、二号储罐进料管道紧急切断阀").path("id").asLong());
        assertThat(LocalDate.parse(text(acceptance, "recheckDeadline"))).as("the re-check lies ahead")
                .isAfter(today());
        assertThat(acceptance.path("onsiteMeasuresInForce").asBoolean()).isFalse();
        JsonNode late = hazard("zd-inspector", county.get("机加工车间两台砂轮机").path("id").asLong());
        assertThat(late.path("recheckOverdue").asBoolean()).as("the county's re-check is late").isTrue();

        Map<String, JsonNode> city = demoHazards("sjz-inspector", CITY.keySet());
        assertThat(city).containsOnlyKeys(CITY.keySet());
        city.forEach((start, row) -> {
            assertThat(text(row, "state")).as(start).isEqualTo(CITY.get(start));
            assertThat(text(row, "departmentName")).as(start).isEqualTo(Demo.SHIJIAZHUANG_DEPARTMENT);
        });
        assertThat(demoHazards("zd-inspector", CITY.keySet())).as("a county does not read the city's own hazards")
                .isEmpty();
    }

    @Test
    void the_overdue_major_hazard_is_escalated_to_shijiazhuang_and_under_its_supervision_with_its_notice() {
        long id = countyHazard("粉磨车间袋式除尘器");
        long city = demo().departmentId(Demo.SHIJIAZHUANG);
        assertThat(queue("sjz-supervisor")).contains(id);
        assertThat(queue("admin")).as("the province sees what its cities supervise").contains(id);
        assertThat(queue("zd-chief")).doesNotContain(id);

        JsonNode h = hazard("sjz-supervisor", id);
        assertThat(text(h, "grade")).isEqualTo("MAJOR");
        assertThat(text(h, "state")).isEqualTo("RECTIFYING");
        assertThat(h.path("overdue").asBoolean()).isTrue();
        assertThat(h.path("escalated").asBoolean()).isTrue();
        assertThat(h.path("overdueUnrectified").asBoolean()).isTrue();
        LocalDate deadline = LocalDate.parse(text(h, "deadline"));
        assertThat(deadline).as("the deadline passed").isBefore(today());
        assertThat(OffsetDateTime.parse(text(h.path("order"), "orderedAt")).toLocalDate())
                .as("ordered weeks before its deadline").isBefore(deadline.minusDays(14));
        JsonNode supervised = h.path("supervisedBy");
        assertThat(supervised.path("departmentId").asLong()).isEqualTo(city);
        assertThat(text(supervised, "departmentName")).isEqualTo(Demo.SHIJIAZHUANG_DEPARTMENT);
        assertThat(text(supervised, "requirements")).contains("逾期未整改");
        assertThat(LocalDate.parse(text(supervised, "deadline"))).isAfter(today());
        assertThat(supervised.path("documentId").asLong()).isPositive();
        assertThat(supervised.path("liftedAt").isNull()).isTrue();
        assertThat(jdbc().sql("SELECT department_id FROM issued_document WHERE subject_kind = 'HAZARD'"
                        + " AND subject_id = ? AND type = 'SUPERVISION_NOTICE'").param(id).query(Long.class).single())
                .as("the notice is the city's, numbered in its counter").isEqualTo(city);
        // what the supervised queue row says of it
        JsonNode row = null;
        String next = null;
        do {
            JsonNode page = api("sjz-supervisor").getJson("/api/v1/hazards/supervised?size=100"
                    + (next == null ? "" : "&after=" + next));
            for (JsonNode r : page.path("items").values()) {
                if (r.path("id").asLong() == id) {
                    row = r;
                }
            }
            next = text(page, "next");
        } while (next != null && row == null);
        assertThat(row).isNotNull();
        assertThat(row.path("supervisedByDepartmentId").asLong()).isEqualTo(city);

        // the overdue job and the supervision left their notifications
        assertThat(notificationKinds("zd-inspector", id)).contains("HAZARD_OVERDUE");
        assertThat(notificationKinds("zd-chief", id)).contains("HAZARD_OVERDUE", "HAZARD_SUPERVISED");
        assertThat(notificationKinds("sjz-supervisor", id)).containsExactly("HAZARD_ESCALATED");
        long late = countyHazard("机加工车间两台砂轮机");
        assertThat(notificationKinds("zd-chief", late)).containsExactly("RECHECK_OVERDUE");
        assertThat(jdbc().sql("SELECT count(*) FROM audit_entry WHERE action = 'HazardsMarkedOverdue'"
                + " AND after_state -> 'hazardIds' @> to_jsonb(?::bigint)").param(id).query(Long.class).single())
                .as("the job's run is in the record").isEqualTo(1);
    }

    @Test
    void the_account_of_hengan_sees_its_open_orders_and_nothing_of_another_enterprise() {
        long own = api("zd-ent").getJson("/api/v1/me").path("enterprise").path("id").asLong();
        assertThat(own).isPositive();
        Map<String, JsonNode> seen = demoHazards("zd-ent", COUNTY.keySet());
        assertThat(seen).containsKeys("液碱装卸区紧急洗眼器", "自查发现：甲类仓库内两盏防爆照明灯具", "自查发现：污水处理站调节池")
                .doesNotContainKeys("粉磨车间袋式除尘器", "井下-120m水平", "机加工车间两台砂轮机");
        assertThat(text(seen.get("液碱装卸区紧急洗眼器"), "state")).isEqualTo("ORDERED");
        assertThat(text(seen.get("自查发现：甲类仓库内两盏防爆照明灯具"), "state")).isEqualTo("RECTIFYING");
        // all it lists is its own
        String next = null;
        do {
            JsonNode page = api("zd-ent").getJson("/api/v1/hazards?size=100" + (next == null ? "" : "&after=" + next));
            assertThat(page.path("items").values()).allSatisfy(r -> assertThat(r.path("enterpriseId").asLong())
                    .isEqualTo(own));
            next = text(page, "next");
        } while (next != null);

        // the order reads without the department's note; another enterprise's hazard is not found
        JsonNode ordered = hazard("zd-ent", seen.get("液碱装卸区紧急洗眼器").path("id").asLong());
        assertThat(ordered.has("internal")).isFalse();
        assertThat(ordered.toString()).doesNotContain("群众反映");
        assertThat(hazard("zd-inspector", ordered.path("id").asLong()).path("internal").path("note").asText())
                .contains("群众反映");
        assertThat(ordered.path("order").path("documentId").asLong()).isPositive();
        assertThat(LocalDate.parse(text(ordered, "deadline"))).isAfter(today().plusDays(14));
        problem(api("zd-ent").get("/api/v1/hazards/" + countyHazard("粉磨车间袋式除尘器")), 404);

        // its start page lists the open orders, and no other enterprise's hazard
        String home = browser("zd-ent").page("/");
        assertThat(home).contains("enterprise-work", "液碱装卸区紧急洗眼器", "自查发现：甲类仓库内两盏防爆照明灯具")
                .doesNotContain("粉磨车间袋式除尘器", "井下-120m水平");
    }

    @Test
    void the_extension_granted_and_the_rejected_recheck_are_in_the_hazards_records() {
        JsonNode extended = hazard("zd-inspector", countyHazard("自查发现：甲类仓库内两盏防爆照明灯具"));
        JsonNode extension = extended.path("extensions").get(0);
        assertThat(extended.path("extensions").size()).isEqualTo(1);
        assertThat(text(extension, "decision")).isEqualTo("APPROVED");
        LocalDate granted = LocalDate.parse(text(extension, "grantedDeadline"));
        assertThat(LocalDate.parse(text(extended, "deadline"))).isEqualTo(granted);
        assertThat(granted).isAfter(LocalDate.parse(text(extension, "deadlineBefore")))
                .isBefore(LocalDate.parse(text(extension, "requestedDeadline")));
        assertThat(OffsetDateTime.parse(text(extension, "appliedAt")).toLocalDate())
                .as("applied before the deadline it extends").isBeforeOrEqualTo(
                        LocalDate.parse(text(extension, "deadlineBefore")));
        assertThat(OffsetDateTime.parse(text(extension, "decidedAt")))
                .isAfter(OffsetDateTime.parse(text(extension, "appliedAt")));
        assertThat(extended.path("overdue").asBoolean()).isFalse();

        JsonNode rejected = hazard("zd-inspector", countyHazard("井下-120m水平"));
        assertThat(text(rejected, "state")).isEqualTo("RECTIFYING");
        JsonNode verification = rejected.path("verifications").get(0);
        assertThat(verification.path("accepted").asBoolean()).isFalse();
        LocalDate newDeadline = LocalDate.parse(text(verification, "newDeadline"));
        assertThat(LocalDate.parse(text(rejected, "deadline"))).isEqualTo(newDeadline).isAfter(today());
        assertThat(text(rejected.path("order"), "dueSource")).as("the deadline set by the re-check's opinion")
                .startsWith("整改复查意见书");
        assertThat(verification.path("documentId").asLong()).isPositive();

        // the record of each: the department's page shows the decision and the re-check, the audit trail holds them
        String extendedPage = browser("zd-inspector").page("/hazards/" + extended.path("id").asLong());
        assertThat(extendedPage).contains("id=\"history\"", "申请延期", "延期审批", "同意延期");
        String rejectedPage = browser("zd-inspector").page("/hazards/" + rejected.path("id").asLong());
        assertThat(rejectedPage).contains("id=\"history\"", "整改复查", "复查不合格");
        assertThat(actions(extended.path("id").asLong())).contains("HazardExtensionApplied", "HazardExtensionDecided");
        assertThat(actions(rejected.path("id").asLong())).contains("HazardVerified");
    }

    @Test
    void a_second_start_loads_no_hazard_again() throws Exception {
        Set<String> starts = new java.util.HashSet<>(COUNTY.keySet());
        Map<String, JsonNode> before = demoHazards("zd-inspector", starts);
        context.getBean("hazardDemoData", ApplicationRunner.class).run(new DefaultApplicationArguments());
        Map<String, JsonNode> after = demoHazards("zd-inspector", starts);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((start, row) -> assertThat(row.path("id").asLong()).isEqualTo(before.get(start).path("id")
                .asLong()));
    }

    private List<String> actions(long hazardId) {
        return jdbc().sql("SELECT action FROM audit_entry WHERE aggregate_type = 'Hazard' AND aggregate_id = ?"
                + " ORDER BY id").param(String.valueOf(hazardId)).query(String.class).list();
    }
}
