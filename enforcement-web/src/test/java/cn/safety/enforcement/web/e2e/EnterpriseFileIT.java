package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorFields;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一企一档 over HTTP: the enterprise's time line on the API and on the enterprise's page, read within the caller's
 * jurisdiction (a county beside: 404 like an unknown enterprise), newest first, in pages that follow each other.
 */
class EnterpriseFileIT extends EndToEndIT {

    /** A demo 正定县 inspection that was completed with its issued 现场检查记录: enterprise, inspection, document. */
    private long[] demoInspectionWithRecord() {
        return jdbc().sql("""
                        SELECT i.enterprise_id, i.id, d.id FROM inspection i
                        JOIN issued_document d ON d.subject_kind = 'INSPECTION' AND d.subject_id = i.id
                        WHERE i.department_id = :department AND i.status = 'COMPLETED' ORDER BY i.id LIMIT 1""")
                .param("department", demo().departmentId(ZHENGDING))
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    private JsonNode file(String username, long enterpriseId, String query) {
        return expect(api(username).get("/api/v1/enterprises/" + enterpriseId + "/file" + query), 200).json();
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.path("items").forEach(e -> keys.add(text(e, "kind") + " " + e.path("id").asLong()));
        return keys;
    }

    private void recordAccident(long enterpriseId, String occurredAt, String place) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("occurredAt", occurredAt);
        body.put("place", place);
        body.put("category", "高处坠落");
        body.put("deaths", 0);
        body.put("seriousInjuries", 1);
        body.put("directLossTenThousandYuan", 12);
        expect(api("zd-inspector").post("/api/v1/accidents", Http.json(body)), 201);
    }

    @Test
    void the_countys_inspector_reads_the_inspection_its_record_and_the_jurisdiction_newest_first_with_links() {
        long[] demo = demoInspectionWithRecord();
        JsonNode page = file("zd-inspector", demo[0], "?limit=100");

        JsonNode inspection = find(page, "INSPECTION", demo[1]);
        assertThat(text(inspection, "state")).isEqualTo("COMPLETED");
        assertThat(text(inspection, "departmentName")).isEqualTo(Demo.ZHENGDING_DEPARTMENT);
        assertThat(text(inspection, "link")).isEqualTo("/api/v1/inspections/" + demo[1]);
        assertThat(inspection.path("until").isNull()).as("completed at").isFalse();
        JsonNode record = find(page, "DOCUMENT", demo[2]);
        assertThat(text(record, "code")).isEqualTo("INSPECTION_RECORD");
        assertThat(text(record, "title")).isNotBlank();
        assertThat(text(record, "link")).isEqualTo("/api/v1/documents/" + demo[2] + "/pdf");
        assertThat(expect(api("zd-inspector").get(text(record, "link")), 200).contentType())
                .startsWith("application/pdf");
        assertThat(keys(page)).anyMatch(k -> k.startsWith("ASSIGNMENT "));

        List<OffsetDateTime> times = new ArrayList<>();
        page.path("items").forEach(e -> times.add(OffsetDateTime.parse(text(e, "at"))));
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).as("entry %d is not newer than the one before", i)
                    .isBeforeOrEqualTo(times.get(i - 1));
        }
        assertThat(text(inspection, "at")).as("in Beijing time").endsWith("+08:00");
    }

    private static JsonNode find(JsonNode page, String kind, long id) {
        for (JsonNode e : page.path("items")) {
            if (kind.equals(text(e, "kind")) && e.path("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError(kind + " " + id + " not in " + page);
    }

    @Test
    void an_inspector_of_a_county_beside_is_told_the_file_does_not_exist_and_the_city_supervisor_reads_down() {
        long[] demo = demoInspectionWithRecord();
        JsonNode hidden = problem(api("xt-inspector").get("/api/v1/enterprises/" + demo[0] + "/file"), 404);
        JsonNode missing = problem(api("xt-inspector").get("/api/v1/enterprises/987654321/file"), 404);
        assertThat(hidden.path("detail").asString()).isEqualTo(missing.path("detail").asString());
        assertThat(problem(api("tj-admin").get("/api/v1/enterprises/" + demo[0] + "/file"), 404)).isNotNull();

        JsonNode down = file("sjz-supervisor", demo[0], "?limit=100");
        assertThat(keys(down)).contains("INSPECTION " + demo[1], "DOCUMENT " + demo[2]);
    }

    @Test
    void pages_follow_each_other_by_the_older_cursor_and_a_bad_cursor_is_refused_on_the_before_field() {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        recordAccident(enterprise, "2024-05-06T09:30:00+08:00", "一号仓库");
        recordAccident(enterprise, "2024-05-06T09:30:00+08:00", "二号仓库");
        recordAccident(enterprise, "2023-01-02T08:00:00+08:00", "三号仓库");

        JsonNode whole = file("zd-inspector", enterprise, "");
        assertThat(keys(whole)).hasSize(4);
        assertThat(text(whole.path("items").get(0), "kind")).isEqualTo("ASSIGNMENT");
        assertThat(text(whole.path("items").get(0), "code")).isEqualTo("INITIAL");
        assertThat(whole.path("older").isNull()).isTrue();
        assertThat(text(whole.path("items").get(3), "title")).isEqualTo("三号仓库");
        assertThat(text(whole.path("items").get(3), "code")).isEqualTo("FALL_FROM_HEIGHT");
        assertThat(text(whole.path("items").get(3), "link")).startsWith("/api/v1/accidents/");

        List<String> paged = new ArrayList<>();
        String query = "?limit=1";
        for (int i = 0; i < 10; i++) {
            JsonNode page = file("zd-inspector", enterprise, query);
            paged.addAll(keys(page));
            if (page.path("older").isNull()) {
                break;
            }
            query = "?limit=1&before=" + URLEncoder.encode(text(page, "older"), StandardCharsets.UTF_8);
        }
        assertThat(paged).containsExactlyElementsOf(keys(whole));

        JsonNode bad = problem(api("zd-inspector").get("/api/v1/enterprises/" + enterprise + "/file?before=x"), 400);
        assertThat(errorFields(bad)).containsExactly("before");
    }

    @Test
    void the_enterprise_page_shows_the_time_line_with_an_older_link_and_an_empty_older_page() {
        long[] demo = demoInspectionWithRecord();
        Http.Browser zd = browser("zd-inspector");
        String page = zd.page("/enterprises/" + demo[0]);
        assertThat(page).contains("id=\"file\"", "一企一档", "id=\"file-inspection-" + demo[1] + "\"",
                "id=\"file-document-" + demo[2] + "\"", "href=\"/api/v1/documents/" + demo[2] + "/pdf\"",
                "href=\"/inspections/" + demo[1] + "\"", "现场检查记录");

        long fresh = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String one = zd.page("/enterprises/" + fresh);
        assertThat(one).contains("初始确定").doesNotContain("id=\"file-older\"");
        String cursor = "1_ASSIGNMENT_1";
        assertThat(zd.page("/enterprises/" + fresh + "?before=" + cursor)).contains("id=\"file-empty\"",
                "没有更早的记录了", "id=\"file-newest\"");
        assertThat(zd.get("/enterprises/" + fresh + "?before=nonsense").status()).isEqualTo(400);
    }
}
