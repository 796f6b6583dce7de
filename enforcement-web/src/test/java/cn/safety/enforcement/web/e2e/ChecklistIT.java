package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 执法检查重点事项清单 against the real database: the seeded standards, a new version that replaces the old one for
 * later days while the old one stays readable, the refusals, the sheet, and the API. Lists made here have codes of
 * their own and apply to the 燃气 sector, which no seeded list uses.
 */
class ChecklistIT extends EndToEndIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private long auditMark;

    @BeforeEach
    void markTheRecord() {
        auditMark = jdbc().sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    // ---- the seeded standards ----

    @Test
    void the_chemical_and_fireworks_standards_are_seeded_with_their_twenty_items_in_order() {
        assertThat(itemCount("HC-121")).isEqualTo(20);
        assertThat(itemCount("FW-121")).isEqualTo(20);
        JsonNode hc = onlyList(api("zd-inspector").getJson(
                "/api/v1/checklists?sector=HAZARDOUS_CHEMICALS&on=2026-03-02"), "HC-121");
        assertThat(text(hc, "title")).isEqualTo("化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）");
        assertThat(text(hc, "sourceDocument")).isEqualTo("安监总管三〔2017〕121号");
        assertThat(text(hc, "effectiveFrom")).isEqualTo("2017-11-13");
        JsonNode items = hc.path("items");
        assertThat(items).hasSize(20);
        assertThat(items.get(0).path("reference").asString()).isEqualTo("第（一）项");
        assertThat(items.get(4).path("reference").asString()).isEqualTo("第（五）项");
        assertThat(items.get(4).path("text").asString()).contains("重大危险源", "紧急切断", "安全仪表系统");
        assertThat(items.get(4).path("basis").asString()).isEqualTo(
                "安监总管三〔2017〕121号 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行） 第（五）项");
        assertThat(items.get(19).path("reference").asString()).isEqualTo("第（二十）项");
        assertThat(items.get(19).path("text").asString()).contains("分区分类储存");
        assertThat(items.findValues("major")).allMatch(JsonNode::asBoolean);

        JsonNode fw = onlyList(api("zd-inspector").getJson("/api/v1/checklists?sector=FIREWORKS&on=2026-03-02"),
                "FW-121");
        assertThat(fw.path("items")).hasSize(20);
        assertThat(fw.path("items").get(3).path("text").asString()).contains("核定人数");
        assertThat(fw.path("items").get(19).path("reference").asString()).isEqualTo("第（二十）项");
        assertThat(fw.path("items").get(19).path("basis").asString()).startsWith("安监总管三〔2017〕121号 烟花爆竹");
        assertThat(codes(api("zd-inspector").getJson("/api/v1/checklists?sector=HAZARDOUS_CHEMICALS&on=2017-11-12")))
                .as("nothing applied before the standard took effect").doesNotContain("HC-121");
    }

    @Test
    void every_signed_in_user_reads_the_checklists_the_entrusted_organisation_too() {
        long id = jdbc().sql("SELECT id FROM checklist WHERE code = 'HC-121' AND version = 1").query(Long.class)
                .single();
        for (String user : List.of("zd-inspector", "zd-entrusted", "bh-inspector")) {
            JsonNode one = api(user).getJson("/api/v1/checklists/" + id);
            assertThat(one.path("items")).as(user).hasSize(20);
            String page = browser(user).page("/checklists/" + id);
            assertThat(Html.byId(page, "checklist-title")).isEqualTo(
                    "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）");
            assertThat(page).as("no maintenance for %s", user).doesNotContain("put-in-force-form", "new-version-form");
        }
    }

    // ---- versions ----

    @Test
    void a_new_version_put_in_force_replaces_the_old_one_for_later_days_and_the_old_one_stays_readable() {
        Http.Browser admin = browser("admin");
        String code = uniqueCode();
        long v1 = draft(admin, code);
        Http.Form items = Html.form(admin.page("/admin/checklists/" + v1 + "/edit"), "/admin/checklists/" + v1 + "/items")
                .set("lines[0].reference", "第一条").set("lines[0].text", "核查燃气管道标识")
                .set("lines[0].basis", "测试依据 第一条").set("lines[0].major", "true");
        expect(admin.post("/admin/checklists/" + v1 + "/items", items), 302);
        putInForce(admin, v1, "2020-01-01");
        long v1Item = firstItemId(v1);

        Http.Response drafted = admin.post("/admin/checklists/" + v1 + "/versions",
                Html.form(admin.page("/checklists/" + v1), "/admin/checklists/" + v1 + "/versions")
                        .set("confirmed", "true"));
        expect(drafted, 302);
        long v2 = Long.parseLong(drafted.location().replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(v2).isNotEqualTo(v1);
        Http.Form edited = Html.form(admin.page("/admin/checklists/" + v2 + "/edit"),
                        "/admin/checklists/" + v2 + "/items")
                .set("lines[0].text", "核查燃气管道标识和走向")
                .set("lines[1].reference", "第二条").set("lines[1].text", "核查调压设施")
                .set("lines[1].basis", "测试依据 第二条");
        assertThat(edited.get("lines[0].reference")).as("the draft holds a copy of the items").isEqualTo("第一条");
        expect(admin.post("/admin/checklists/" + v2 + "/items", edited), 302);
        putInForce(admin, v2, "2026-01-01");

        JsonNode before = onlyList(api("zd-inspector").getJson("/api/v1/checklists?sector=GAS&on=2025-12-31"), code);
        assertThat(before.path("id").asLong()).isEqualTo(v1);
        assertThat(before.path("items")).hasSize(1);
        assertThat(before.path("items").get(0).path("id").asLong()).as("the old item keeps its id").isEqualTo(v1Item);
        JsonNode after = onlyList(api("zd-inspector").getJson("/api/v1/checklists?sector=GAS&on=2026-01-01"), code);
        assertThat(after.path("id").asLong()).isEqualTo(v2);
        assertThat(after.path("version").asInt()).isEqualTo(2);
        assertThat(after.path("items").findValuesAsString("text")).containsExactly("核查燃气管道标识和走向", "核查调压设施");
        assertThat(after.path("items").get(1).path("major").asBoolean()).isTrue();
        JsonNode old = api("zd-inspector").getJson("/api/v1/checklists/" + v1);
        assertThat(text(old, "effectiveUntil")).isEqualTo("2026-01-01");
        assertThat(old.path("items").get(0).path("text").asString()).isEqualTo("核查燃气管道标识");
        String oldPage = admin.page("/checklists/" + v1);
        assertThat(Html.byId(oldPage, "checklist-state")).isEqualTo("已被新版本取代");

        assertThat(recorded()).containsExactly(
                "ChecklistDrafted " + v1, "ChecklistItemsRevised " + v1, "ChecklistPutInForce " + v1,
                "ChecklistDrafted " + v2, "ChecklistItemsRevised " + v2, "ChecklistPutInForce " + v2);
        assertThat(jdbc().sql("SELECT DISTINCT department_id FROM audit_entry WHERE aggregate_type = 'Checklist'"
                        + " AND id > ?").param(auditMark).query(Long.class).list())
                .containsExactly(demo().departmentId(Demo.HEBEI));
    }

    @Test
    void a_version_takes_effect_only_after_the_previous_one_and_a_stale_form_overwrites_nothing() {
        Http.Browser admin = browser("admin");
        String code = uniqueCode();
        long v1 = draft(admin, code);
        expect(admin.post("/admin/checklists/" + v1 + "/items", Html.form(admin.page("/admin/checklists/" + v1
                + "/edit"), "/admin/checklists/" + v1 + "/items").set("lines[0].reference", "一")
                .set("lines[0].text", "核查").set("lines[0].basis", "依据")), 302);
        putInForce(admin, v1, "2024-05-01");
        Http.Response drafted = admin.post("/admin/checklists/" + v1 + "/versions",
                Http.Form.of("confirmed", "true", "_csrf", admin.csrf()));
        long v2 = Long.parseLong(drafted.location().replaceAll("\\D+", " ").strip().split(" ")[0]);
        String page = admin.page("/checklists/" + v2);

        Http.Response tooEarly = admin.post("/admin/checklists/" + v2 + "/put-in-force",
                Html.form(page, "/admin/checklists/" + v2 + "/put-in-force").set("effectiveFrom", "2024-05-01")
                        .set("confirmed", "true"));
        expect(tooEarly, 302);
        assertThat(Html.byClass(admin.follow(tooEarly).body(), "alert error"))
                .anyMatch(t -> t.contains("施行日期须晚于上一版本的施行日期（2024-05-01）"));
        assertThat(status(v2)).isEqualTo("DRAFT");
        assertThat(jdbc().sql("SELECT count(*) FROM checklist WHERE id = ? AND effective_until IS NULL").param(v1)
                .query(Long.class).single()).isEqualTo(1);

        // a second draft of the same list is refused
        Http.Response second = admin.post("/admin/checklists/" + v1 + "/versions",
                Http.Form.of("confirmed", "true", "_csrf", admin.csrf()));
        expect(second, 302);
        String secondPage = admin.follow(second).body();
        assertThat(Html.byClass(secondPage, "alert error")).as("%s %s", second.location(), secondPage)
                .anyMatch(t -> t.contains("已有一个草稿"));

        // the items form of the page seen before another change carries the old version: nothing is overwritten
        Http.Form stale = Html.form(admin.page("/admin/checklists/" + v2 + "/edit"),
                "/admin/checklists/" + v2 + "/items").set("lines[0].text", "第一次修改");
        expect(admin.post("/admin/checklists/" + v2 + "/items", stale), 302);
        Http.Response lost = admin.post("/admin/checklists/" + v2 + "/items", stale.set("lines[0].text", "第二次修改"));
        expect(lost, 200);
        assertThat(Html.byClass(lost.body(), "alert error")).anyMatch(t -> t.contains("已被他人修改"));
        assertThat(lost.body()).as("what was typed is shown again").contains("第二次修改");
        assertThat(jdbc().sql("SELECT text FROM checklist_item WHERE checklist_id = ?").param(v2).query(String.class)
                .single()).isEqualTo("第一次修改");
    }

    // ---- refusals ----

    @Test
    void only_a_province_admin_maintains_checklists() {
        long hc = jdbc().sql("SELECT id FROM checklist WHERE code = 'HC-121' AND version = 1").query(Long.class)
                .single();
        Http.Browser inspector = browser("zd-inspector");
        expect(inspector.get("/admin/checklists"), 403);
        expect(inspector.submit("/admin/checklists", Http.Form.of("code", uniqueCode(), "title", "x",
                "sourceDocument", "x", "sectors", "GAS")), 403);
        expect(inspector.submit("/admin/checklists/" + hc + "/versions", Http.Form.of("confirmed", "true")), 403);

        String username = uniqueUsername("sjz-admin");
        openAccount(username, "Checklist-2026-pass", Demo.SHIJIAZHUANG, "ADMIN");
        Http.Browser cityAdmin = browser(username, "Checklist-2026-pass");
        String list = cityAdmin.page("/admin/checklists");
        assertThat(list).as("no drafting form for a city admin").doesNotContain("draft-form");
        Http.Response refused = cityAdmin.submit("/admin/checklists", Http.Form.of("code", uniqueCode(),
                "title", "市级清单", "sourceDocument", "石应急〔2026〕1号", "sectors", "GAS"));
        expect(refused, 403);
        assertThat(refused.body()).contains("只有省级执法主体的管理员可以维护");
        expect(cityAdmin.submit("/admin/checklists/" + hc + "/versions", Http.Form.of("confirmed", "true")), 403);
        expect(cityAdmin.get("/admin/checklists/" + hc + "/edit"), 403);
        assertThat(jdbc().sql("SELECT count(*) FROM checklist WHERE code = 'HC-121'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void a_version_in_force_is_not_edited() {
        Http.Browser admin = browser("admin");
        long hc = jdbc().sql("SELECT id FROM checklist WHERE code = 'HC-121' AND version = 1").query(Long.class)
                .single();
        Http.Response edit = admin.get("/admin/checklists/" + hc + "/edit");
        expect(edit, 302);
        assertThat(edit.location()).isEqualTo("/checklists/" + hc);
        Http.Response refused = admin.submit("/admin/checklists/" + hc + "/items", Http.Form.of(
                "lines[0].reference", "一", "lines[0].text", "改", "lines[0].basis", "改", "version", "0"));
        expect(refused, 302);
        assertThat(Html.byClass(admin.follow(refused).body(), "alert error"))
                .anyMatch(t -> t.contains("不能修改检查事项"));
        assertThat(itemCount("HC-121")).isEqualTo(20);
    }

    // ---- the sheet ----

    @Test
    void a_sheet_with_bad_rows_names_each_row_in_chinese_and_changes_nothing() throws IOException {
        Http.Browser admin = browser("admin");
        long id = draft(admin, uniqueCode());
        byte[] sheet = sheet(List.of(
                new String[] {"1", "第一条", "核查甲", "依据 第一条", "是"},
                new String[] {"2", "第二条", "", "依据 第二条", "是"},
                new String[] {"3", "第三条", "核查丙", "依据 第三条", "可能"},
                new String[] {"4", "第四条", "核查丁", "", "否"}));
        String page = admin.page("/admin/checklists/" + id + "/edit");

        Http.Response r = admin.upload("/admin/checklists/" + id + "/import",
                Map.of("version", Html.inputValue(page, "version")), "file", "items.xlsx", XLSX, sheet);

        expect(r, 200);
        assertThat(Html.byClass(r.body(), "alert error")).anySatisfy(t -> assertThat(t).contains(
                "第 4 行：“重大事故隐患”一栏应填“是”或“否”，不能是“可能”。", "第 3 行：请填写检查内容。",
                "第 5 行：请填写依据。"));
        assertThat(jdbc().sql("SELECT count(*) FROM checklist_item WHERE checklist_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(recorded()).containsExactly("ChecklistDrafted " + id);

        Http.Response notXlsx = admin.upload("/admin/checklists/" + id + "/import",
                Map.of("version", Html.inputValue(page, "version")), "file", "items.xlsx", XLSX,
                "not a sheet".getBytes());
        expect(notXlsx, 200);
        assertThat(Html.byClass(notXlsx.body(), "alert error")).anyMatch(t -> t.contains("无法读取该文件"));
    }

    @Test
    void the_exported_items_imported_onto_a_draft_replace_its_items() throws IOException {
        Http.Browser admin = browser("admin");
        long fw = jdbc().sql("SELECT id FROM checklist WHERE code = 'FW-121' AND version = 1").query(Long.class)
                .single();
        Http.Response exported = expect(admin.get("/checklists/" + fw + "/items.xlsx"), 200);
        assertThat(exported.contentType()).startsWith(XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(20);
            assertThat(s.getRow(0).getCell(4).getStringCellValue()).isEqualTo("重大事故隐患");
            assertThat(s.getRow(20).getCell(1).getStringCellValue()).isEqualTo("第（二十）项");
            assertThat(s.getRow(20).getCell(4).getStringCellValue()).isEqualTo("是");
        }
        long id = draft(admin, uniqueCode());
        String page = admin.page("/admin/checklists/" + id + "/edit");

        Http.Response r = admin.upload("/admin/checklists/" + id + "/import",
                Map.of("version", Html.inputValue(page, "version")), "file", "烟花爆竹.xlsx", XLSX, exported.bytes());

        expect(r, 302);
        assertThat(jdbc().sql("SELECT count(*) FROM checklist_item WHERE checklist_id = ? AND major").param(id)
                .query(Long.class).single()).isEqualTo(20);
        assertThat(recorded()).containsExactly("ChecklistDrafted " + id, "ChecklistItemsRevised " + id);
        assertThat(jdbc().sql("SELECT after_state ->> 'fileName' FROM audit_entry WHERE action = 'ChecklistItemsRevised'"
                + " AND id > ?").param(auditMark).query(String.class).single()).isEqualTo("烟花爆竹.xlsx");
    }

    // ---- the API ----

    @Test
    void bad_parameters_are_problems_naming_the_parameter() {
        Http.Api api = api("zd-inspector");
        assertThat(Http.errorFields(Http.problem(api.get("/api/v1/checklists?sector=CHEMISTRY"), 400)))
                .containsExactly("sector");
        assertThat(Http.errorFields(Http.problem(api.get("/api/v1/checklists?sector=INDUSTRY_TRADE&feature=DUST"),
                400))).containsExactly("feature");
        assertThat(Http.errorFields(Http.problem(api.get("/api/v1/checklists?on=2026-02-30"), 400)))
                .containsExactly("on");
        Http.problem(api.get("/api/v1/checklists/987654321098"), 404);
        JsonNode all = api.getJson("/api/v1/checklists?on=2026-03-02");
        assertThat(codes(all)).contains("HC-121", "FW-121");
        assertThat(text(all, "on")).isEqualTo("2026-03-02");
    }

    // ---- helpers ----

    private static String uniqueCode() {
        return "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** Drafts a list of the 燃气 sector through the list page's form; returns its id. */
    private long draft(Http.Browser admin, String code) {
        Http.Form form = Html.form(admin.page("/admin/checklists"), "/admin/checklists")
                .set("code", code).set("title", "燃气测试清单 " + code).set("sourceDocument", "测试〔2026〕1号")
                .add("sectors", "GAS");
        Http.Response r = admin.post("/admin/checklists", form);
        assertThat(r.status()).as("%s", r).isEqualTo(302);
        return Long.parseLong(r.location().replaceAll("\\D+", " ").strip().split(" ")[0]);
    }

    private void putInForce(Http.Browser admin, long id, String from) {
        Http.Form form = Html.form(admin.page("/checklists/" + id), "/admin/checklists/" + id + "/put-in-force")
                .set("effectiveFrom", from).set("confirmed", "true");
        Http.Response r = admin.post("/admin/checklists/" + id + "/put-in-force", form);
        expect(r, 302);
        assertThat(r.location()).isEqualTo("/checklists/" + id);
        assertThat(Html.byClass(admin.follow(r).body(), "flash")).containsExactly("本版本已施行。");
        assertThat(status(id)).isEqualTo("IN_FORCE");
    }

    private long itemCount(String code) {
        return jdbc().sql("SELECT count(*) FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id"
                + " WHERE c.code = ? AND c.version = 1 AND i.major").param(code).query(Long.class).single();
    }

    private long firstItemId(long checklistId) {
        return jdbc().sql("SELECT id FROM checklist_item WHERE checklist_id = ? AND position = 1").param(checklistId)
                .query(Long.class).single();
    }

    private String status(long id) {
        return jdbc().sql("SELECT status FROM checklist WHERE id = ?").param(id).query(String.class).single();
    }

    /** The checklist entries made since the test began: action and object, oldest first. */
    private List<String> recorded() {
        return jdbc().sql("SELECT action || ' ' || aggregate_id FROM audit_entry WHERE aggregate_type = 'Checklist'"
                + " AND id > ? ORDER BY id").param(auditMark).query(String.class).list();
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.path("checklists").forEach(c -> codes.add(c.path("code").asString()));
        return codes;
    }

    private static JsonNode onlyList(JsonNode answer, String code) {
        List<JsonNode> found = new ArrayList<>();
        answer.path("checklists").forEach(c -> {
            if (code.equals(c.path("code").asString())) {
                found.add(c);
            }
        });
        assertThat(found).as("versions of %s in %s", code, answer).hasSize(1);
        return found.get(0);
    }

    private static byte[] sheet(List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("清单");
            Row header = s.createRow(0);
            String[] headings = {"序号", "条款编号", "检查内容", "依据", "重大事故隐患"};
            for (int c = 0; c < headings.length; c++) {
                header.createCell(c).setCellValue(headings[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
