package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 三清单 (page, XLSX, API) and the notifications read across provinces and counties: a user of 天津市 (tj-admin,
 * bh-inspector) and one of another county of 河北 (行唐县, xt-inspector) never meet a row of 正定县 or 石家庄市, whatever
 * the filter they send, and never mark another person's notification read. The rows are made first, and 正定县 and
 * 石家庄市 are shown to find them, so that a leak would be seen.
 */
class HazardListsJurisdictionIT extends EndToEndIT {

    private static final List<String> KINDS = List.of("PROBLEM", "RESPONSIBILITY", "RECTIFICATION");
    private static final List<String> STRANGERS = List.of("tj-admin", "bh-inspector", "xt-inspector");

    /** The rows of 正定县 and 石家庄市 made for the test, and what would give them away. */
    private record Rows(long countyEnterprise, long countyHazard, long cityEnterprise, long cityHazard,
                        List<String> markers) {
    }

    private static volatile Rows rows;

    private synchronized Rows rows() {
        if (rows == null) {
            JsonNode county = demo().createEnterprise("zd-inspector", ZHENGDING);
            JsonNode city = demo().createEnterprise("zd-inspector", ZHENGDING);
            long cityEnterprise = city.path("id").asLong();
            expect(api("admin").put("/api/v1/enterprises/" + cityEnterprise + "/department", Http.json(Map.of(
                    "departmentId", demo().departmentId(SHIJIAZHUANG), "reason", "三清单越权测试：调整至市局"))), 200);
            String countyMarker = "三清单越权测试县隐患" + county.path("id").asLong();
            String cityMarker = "三清单越权测试市隐患" + cityEnterprise;
            long countyHazard = hazard("zd-inspector", county.path("id").asLong(), countyMarker);
            long cityHazard = hazard("sjz-inspector", cityEnterprise, cityMarker);
            rows = new Rows(county.path("id").asLong(), countyHazard, cityEnterprise, cityHazard,
                    List.of(countyMarker, cityMarker, Http.text(county, "name"), Http.text(city, "name"),
                            ZHENGDING_DEPARTMENT, SHIJIAZHUANG_DEPARTMENT));
        }
        return rows;
    }

    /** A major hazard found and ordered by {@code inspector}, so that every list has a line of it. */
    private long hazard(String inspector, long enterprise, String description) {
        long id = expect(api(inspector).post("/api/v1/hazards", Http.json(Map.of("enterpriseId", enterprise,
                "source", "COMPLAINT", "grade", "MAJOR", "description", description, "place", "仓库"))), 201).json()
                .path("id").asLong();
        expect(api(inspector).post("/api/v1/hazards/" + id + "/order", Http.json(Map.of("deadline",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString(), "requirements",
                "立即整改：" + description))), 200);
        return id;
    }

    /** Every line of one list through the API, page by page, as text. */
    private List<String> apiLines(String username, String kind, String filter) {
        List<String> lines = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 40; pages++) {
            JsonNode page = expect(api(username).get("/api/v1/hazards/lists?size=500&kind=" + kind + filter
                    + (after == null ? "" : "&after=" + after)), 200).json();
            page.path("items").values().forEach(item -> lines.add(item.toString()));
            after = Http.text(page, "next");
            if (after == null) {
                return lines;
            }
        }
        throw new AssertionError("more than 40 pages of " + kind + " for " + username);
    }

    private static List<String> sheet(byte[] xlsx) throws IOException {
        List<String> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    line.append(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c))).append('\t');
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    private static boolean leaks(String text, Rows r) {
        return r.markers().stream().anyMatch(text::contains);
    }

    @Test
    void the_county_and_the_city_find_their_own_rows_in_the_three_lists() throws IOException {
        Rows r = rows();
        for (String kind : KINDS) {
            String enterprise = "&enterpriseId=" + r.countyEnterprise();
            assertThat(apiLines("zd-inspector", kind, enterprise)).as(kind).anyMatch(l -> l.contains(
                    "\"" + r.countyHazard() + "\""));
            assertThat(browser("zd-inspector").page("/hazards/lists?kind=" + kind + enterprise))
                    .contains("line-" + r.countyHazard());
            assertThat(sheet(expect(browser("zd-inspector").get("/hazards/lists.xlsx?kind=" + kind + enterprise),
                    200).bytes())).as(kind).anyMatch(l -> l.startsWith(r.countyHazard() + "\t"));
            assertThat(apiLines("sjz-supervisor", kind, "&enterpriseId=" + r.cityEnterprise())).as(kind)
                    .anyMatch(l -> l.contains("\"" + r.cityHazard() + "\""));
        }
        assertThat(apiLines("zd-inspector", "RESPONSIBILITY", "&enterpriseId=" + r.countyEnterprise()))
                .anyMatch(l -> l.contains(ZHENGDING_DEPARTMENT));
    }

    @Test
    void another_province_and_another_county_never_meet_a_row_of_zhengding_or_shijiazhuang() throws IOException {
        Rows r = rows();
        List<String> filters = List.of("", "&enterpriseId=" + r.countyEnterprise(),
                "&enterpriseId=" + r.cityEnterprise(), "&departmentId=" + demo().departmentId(ZHENGDING),
                "&departmentId=" + demo().departmentId(SHIJIAZHUANG));
        List<String> failures = new ArrayList<>();
        for (String stranger : STRANGERS) {
            Http.Browser pages = browser(stranger);
            for (String kind : KINDS) {
                for (String filter : filters) {
                    Http.Response api = api(stranger).get("/api/v1/hazards/lists?size=500&kind=" + kind + filter);
                    if (api.status() == 200) {
                        apiLines(stranger, kind, filter).stream().filter(l -> leaks(l, r))
                                .forEach(l -> failures.add(stranger + " API " + kind + filter + ": " + l));
                    } else if (api.status() != 400 && api.status() != 404) {
                        failures.add(stranger + " API " + kind + filter + " answered " + api.status());
                    }
                    Http.Response page = pages.get("/hazards/lists?kind=" + kind + filter);
                    if (page.status() >= 500 || leaks(page.body(), r) || page.body().contains(
                            "line-" + r.countyHazard() + "\"") || page.body().contains("line-" + r.cityHazard() + "\"")) {
                        failures.add(stranger + " page " + kind + filter + " answered " + page.status()
                                + " with a row of 正定县 or 石家庄市");
                    }
                    Http.Response xlsx = pages.get("/hazards/lists.xlsx?kind=" + kind + filter);
                    if (xlsx.status() == 200) {
                        sheet(xlsx.bytes()).stream().filter(l -> leaks(l, r)
                                        || l.startsWith(r.countyHazard() + "\t") || l.startsWith(r.cityHazard() + "\t"))
                                .forEach(l -> failures.add(stranger + " XLSX " + kind + filter + ": " + l));
                    } else if (xlsx.status() >= 500) {
                        failures.add(stranger + " XLSX " + kind + filter + " answered " + xlsx.status());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void notifications_of_zhengding_are_neither_listed_nor_marked_read_by_another_province_or_county() {
        Rows r = rows();
        // the city lists the county's major hazard for supervision: 正定县's supervisors are notified
        expect(api("sjz-supervisor").post("/api/v1/hazards/" + r.countyHazard() + "/supervision", Http.json(Map.of(
                "requirements", "十日内完成整改", "deadline",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString()))), 200);
        JsonNode notice = api("zd-chief").getJson("/api/v1/notifications?size=100").path("items").values().stream()
                .filter(n -> n.path("hazardId").asLong() == r.countyHazard()).findFirst().orElseThrow();
        long id = notice.path("id").asLong();
        assertThat(Http.text(notice, "enterpriseName")).isEqualTo(r.markers().get(2));
        // what would give the notification away: its hazard and its enterprise
        List<String> own = r.markers().subList(0, 4);

        for (String stranger : STRANGERS) {
            String after = null;
            do {
                JsonNode page = api(stranger).getJson("/api/v1/notifications?size=100"
                        + (after == null ? "" : "&after=" + after));
                for (JsonNode n : page.path("items").values()) {
                    assertThat(n.path("id").asLong()).as(stranger).isNotEqualTo(id);
                    assertThat(n.path("hazardId").asLong()).as(stranger).isNotIn(r.countyHazard(), r.cityHazard());
                    assertThat(own.stream().noneMatch(n.toString()::contains)).as(stranger + ": " + n).isTrue();
                }
                after = Http.text(page, "next");
            } while (after != null);
            assertThat(own.stream().noneMatch(browser(stranger).page("/notifications")::contains)).as(stranger)
                    .isTrue();

            problem(api(stranger).post("/api/v1/notifications/" + id + "/read", "{}"), 404);
            assertThat(browser(stranger).submit("/notifications/" + id + "/read", Http.Form.of()).status())
                    .as(stranger).isEqualTo(404);
            expect(api(stranger).post("/api/v1/notifications/read-all", "{}"), 204);
        }
        assertThat(jdbc().sql("SELECT read_at IS NULL FROM notification WHERE id = ?").param(id)
                .query(Boolean.class).single()).as("still unread for 正定县").isTrue();
    }
}
