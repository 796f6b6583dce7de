package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 全过程记录 by events: every command leaves exactly one audit entry, named for its event, made by the signed-in user
 * (or the system), kept with the department that holds the record, and readable on the record's page: the event in
 * words, people by name, departments and divisions by name, a link to the object.
 */
class RecordIT extends EndToEndIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    private JdbcClient jdbc;

    /** One audit entry as stored. */
    record Entry(String action, String username, Long departmentId, String aggregateType, String aggregateId) {
    }

    private long lastEntryId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    /** The one entry written since {@code last}: fails when there are none or several. */
    private Entry onlyEntrySince(long last) {
        List<Entry> entries = jdbc.sql("""
                        SELECT action, username, department_id, aggregate_type, aggregate_id
                        FROM audit_entry WHERE id > ? ORDER BY id""")
                .param(last)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5)))
                .list();
        assertThat(entries).as("entries written by one command").hasSize(1);
        return entries.get(0);
    }

    /** The newest row of the record's page about one object, as the province admin reads it, with its link. */
    private String readableRow(Entry entry) {
        String page = browser("admin").page("/admin/audit?type=" + entry.aggregateType() + "&object="
                + java.net.URLEncoder.encode(entry.aggregateId(), StandardCharsets.UTF_8));
        List<List<String>> rows = Html.rows(page);
        assertThat(rows).as("rows about %s %s", entry.aggregateType(), entry.aggregateId()).isNotEmpty();
        String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        String firstRow = table.substring(0, table.indexOf("</tr>"));
        return String.join(" | ", rows.get(0)) + " " + firstRow;
    }

    private long departmentId(String division) {
        return demo().departmentId(division);
    }

    // ---- enterprises ----

    private long registered(String name) {
        JsonNode created = expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(
                Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, name))), 201).json();
        return created.path("id").asLong();
    }

    @Test
    void registering_an_enterprise_leaves_one_entry_by_the_signed_in_user_readable_with_names() {
        long last = lastEntryId();

        long id = registered("事件记录登记有限公司");

        Entry entry = onlyEntrySince(last);
        assertThat(entry).isEqualTo(new Entry("EnterpriseRegistered", "zd-inspector", departmentId(ZHENGDING),
                "Enterprise", String.valueOf(id)));
        assertThat(readableRow(entry)).contains("登记企业", "李执法（zd-inspector）", "事件记录登记有限公司",
                "正定县（130123）", ZHENGDING_DEPARTMENT, "href=\"/enterprises/" + id + "\"");
    }

    @Test
    void revising_an_enterprise_through_its_form_leaves_one_entry_with_the_change() {
        long id = registered("事件记录修改前有限公司");
        Http.Browser zd = browser("zd-inspector");
        Http.Form form = Html.form(zd.page("/enterprises/" + id + "/edit"), "/enterprises/" + id);
        form.set("name", "事件记录修改后有限公司");
        long last = lastEntryId();

        expect(zd.submit("/enterprises/" + id, form), 302);

        Entry entry = onlyEntrySince(last);
        assertThat(entry).isEqualTo(new Entry("EnterpriseRevised", "zd-inspector", departmentId(ZHENGDING),
                "Enterprise", String.valueOf(id)));
        assertThat(readableRow(entry)).contains("修改企业信息", "李执法（zd-inspector）", "企业名称：",
                "事件记录修改前有限公司", "事件记录修改后有限公司");
    }

    @Test
    void taking_over_and_reassigning_an_enterprise_each_leave_one_entry_naming_the_departments_and_the_reason() {
        long id = registered("事件记录管辖有限公司");
        long last = lastEntryId();

        expect(browser("sjz-supervisor").submit("/enterprises/" + id + "/take-over",
                Http.Form.of("reason", "重大隐患提级", "version", "0",
                        "confirmed", "true")), 302);

        Entry takenOver = onlyEntrySince(last);
        assertThat(takenOver).isEqualTo(new Entry("EnterpriseTakenOver", "sjz-supervisor",
                departmentId(SHIJIAZHUANG), "Enterprise", String.valueOf(id)));
        assertThat(readableRow(takenOver)).contains("提级管辖", "钱科长（sjz-supervisor）", "理由：", "重大隐患提级",
                ZHENGDING_DEPARTMENT + "</del> → ", SHIJIAZHUANG_DEPARTMENT);

        last = lastEntryId();
        expect(browser("admin").submit("/enterprises/" + id + "/reassign", Http.Form.of("departmentId",
                String.valueOf(departmentId(ZHENGDING)), "reason", "属地管理", "version", "1", "confirmed", "true")), 302);

        Entry reassigned = onlyEntrySince(last);
        assertThat(reassigned).isEqualTo(new Entry("EnterpriseReassigned", "admin", departmentId(ZHENGDING),
                "Enterprise", String.valueOf(id)));
        assertThat(readableRow(reassigned)).contains("调整管辖", "省厅管理员（admin）", "属地管理");
    }

    @Test
    void an_export_and_an_import_each_leave_one_entry() {
        long id = registered("事件记录导出有限公司");
        JsonNode stored = api("zd-inspector").getJson("/api/v1/enterprises/" + id);
        String code = text(stored, "creditCode");
        long last = lastEntryId();

        Http.Response exported = expect(browser("zd-inspector").get("/enterprises/export.csv?q=" + code), 200);

        Entry export = onlyEntrySince(last);
        assertThat(export).isEqualTo(new Entry("EnterprisesExported", "zd-inspector", departmentId(ZHENGDING),
                "Enterprise", "*"));
        assertThat(readableRow(export)).contains("导出企业清单", "文件格式：", "CSV", code);

        String copy = Demo.newCreditCode(ZHENGDING);
        byte[] again = new String(exported.bytes(), StandardCharsets.UTF_8).replace(code, copy)
                .getBytes(StandardCharsets.UTF_8);
        last = lastEntryId();
        expect(browser("zd-inspector").upload("/enterprises/import", "file", "企业档案.csv", "text/csv", again), 200);

        Entry imported = onlyEntrySince(last);
        assertThat(imported.action()).isEqualTo("EnterprisesImported");
        assertThat(imported.username()).isEqualTo("zd-inspector");
        assertThat(imported.departmentId()).isEqualTo(departmentId(ZHENGDING));
        assertThat(readableRow(imported)).contains("批量导入企业", "数量：", ZHENGDING_DEPARTMENT);
    }

    // ---- departments and divisions ----

    @Test
    void establishing_and_renaming_a_department_each_leave_one_entry() {
        Http.Browser admin = browser("admin");
        String name = "事件记录执法主体" + RANDOM.nextInt(1_000_000);
        long last = lastEntryId();

        expect(admin.submit("/admin/departments", Http.Form.of("name", name, "divisionCode", ZHENGDING)), 302);

        Entry established = onlyEntrySince(last);
        assertThat(established.action()).isEqualTo("DepartmentEstablished");
        assertThat(established.username()).isEqualTo("admin");
        assertThat(established.departmentId()).isEqualTo(Long.valueOf(established.aggregateId()));
        assertThat(readableRow(established)).contains("新建执法主体", "省厅管理员（admin）", name, "正定县（130123）");

        last = lastEntryId();
        expect(admin.submit("/admin/departments/" + established.aggregateId() + "/rename",
                Http.Form.of("name", name + "新", "version", "0")), 302);

        Entry renamed = onlyEntrySince(last);
        assertThat(renamed.action()).isEqualTo("DepartmentRenamed");
        assertThat(readableRow(renamed)).contains("执法主体更名", name + "</del> → ", name + "新");
    }

    @Test
    void establishing_renaming_retiring_and_reinstating_a_division_each_leave_one_entry() {
        Http.Browser admin = browser("admin");
        String code = null;
        long last = 0;
        for (int attempt = 0; attempt < 20 && code == null; attempt++) {
            String candidate = "1301" + (50 + RANDOM.nextInt(40));
            last = lastEntryId();
            Http.Response r = admin.submit("/admin/divisions", Http.Form.of("code", candidate, "name", "事件区",
                    "parentCode", SHIJIAZHUANG));
            if (r.status() == 302 && lastEntryId() > last) {
                code = candidate;
            }
        }
        assertThat(code).as("a free division code").isNotNull();
        Entry established = onlyEntrySince(last);
        assertThat(established).isEqualTo(new Entry("DivisionEstablished", "admin", departmentId(Demo.HEBEI),
                "Division", code));
        assertThat(readableRow(established)).contains("新增行政区划", "事件区（" + code + "）", "石家庄市（130100）",
                "href=\"/admin/divisions?parent=130100\"");

        last = lastEntryId();
        expect(admin.submit("/admin/divisions/" + code + "/rename", Http.Form.of("name", "事件新区", "version", "0")),
                302);
        assertThat(onlyEntrySince(last).action()).isEqualTo("DivisionRenamed");

        last = lastEntryId();
        expect(admin.submit("/admin/divisions/" + code + "/retire", Http.Form.of("version", "1", "reason", "区划调整")),
                302);
        Entry retired = onlyEntrySince(last);
        assertThat(retired.action()).isEqualTo("DivisionRetired");
        assertThat(readableRow(retired)).contains("撤销行政区划", "撤销日期：", "撤销理由：", "区划调整");

        last = lastEntryId();
        expect(admin.submit("/admin/divisions/" + code + "/reinstate", Http.Form.of("version", "2")), 302);
        assertThat(onlyEntrySince(last).action()).isEqualTo("DivisionReinstated");
    }

    @Test
    void establishing_and_renaming_a_township_each_leave_one_entry_of_the_admins_department() {
        String name = "事件镇" + Long.toString(System.nanoTime(), 36).substring(6);
        long last = lastEntryId();

        Http.Browser admin = browser("admin");
        admin.page("/admin/townships?county=" + ZHENGDING);
        expect(admin.submit("/admin/townships", Http.Form.of("divisionCode", ZHENGDING, "name", name,
                "kind", "TOWNSHIP", "code", "")), 302);

        Entry established = onlyEntrySince(last);
        assertThat(established.action()).isEqualTo("TownshipEstablished");
        assertThat(established.username()).isEqualTo("admin");
        assertThat(established.departmentId()).isEqualTo(departmentId(Demo.HEBEI));
        assertThat(established.aggregateType()).isEqualTo("Township");
        String id = established.aggregateId();
        assertThat(readableRow(established)).contains("新建乡镇（街道）", name, "正定县（130123）",
                "href=\"/admin/townships?county=130123#township-" + id + "\"");

        last = lastEntryId();
        expect(api("admin").put("/api/v1/townships/" + id, Http.json(java.util.Map.of("name", name + "改",
                "kind", "TOWN", "version", 0))), 200);

        Entry renamed = onlyEntrySince(last);
        assertThat(renamed).isEqualTo(new Entry("TownshipRenamed", "admin", departmentId(Demo.HEBEI), "Township", id));
        assertThat(readableRow(renamed)).contains("乡镇（街道）更名", name, name + "改", "类别", "乡", "镇");
    }

    // ---- accounts and tokens ----

    @Test
    void opening_revising_and_resetting_an_account_each_leave_one_entry_with_the_roles_in_words() {
        String username = uniqueUsername("record");
        long last = lastEntryId();

        long id = openAccount(username, "Record2026pass", ZHENGDING, "INSPECTOR");

        Entry opened = onlyEntrySince(last);
        assertThat(opened).isEqualTo(new Entry("UserAccountOpened", "admin", departmentId(ZHENGDING), "UserAccount",
                String.valueOf(id)));
        assertThat(readableRow(opened)).contains("开设账户", "测试用户（" + username + "）", ZHENGDING_DEPARTMENT,
                "执法人员", "href=\"/admin/users/" + id + "\"");

        Http.Browser admin = browser("admin");
        Http.Form form = Html.form(admin.page("/admin/users/" + id), "/admin/users/" + id);
        form.set("fullName", "改名用户");
        last = lastEntryId();
        expect(admin.submit("/admin/users/" + id, form), 302);
        Entry revised = onlyEntrySince(last);
        assertThat(revised.action()).isEqualTo("UserAccountRevised");
        assertThat(readableRow(revised)).contains("修改账户", "姓名：", "测试用户</del> → ", "改名用户");

        last = lastEntryId();
        expect(admin.submit("/admin/users/" + id + "/password", Http.Form.of("password", "Reset2026pass")), 302);
        assertThat(onlyEntrySince(last).action()).isEqualTo("UserAccountPasswordReset");

        last = lastEntryId();
        Http.Browser own = browser(username, "Reset2026pass");
        expect(own.submit("/account/password", Http.Form.of("currentPassword", "Reset2026pass",
                "newPassword", "Own2026password", "confirmPassword", "Own2026password")), 302);
        Entry changed = onlyEntrySince(last);
        assertThat(changed.action()).isEqualTo("UserAccountPasswordChanged");
        assertThat(changed.username()).isEqualTo(username);
    }

    @Test
    void a_lock_is_the_systems_entry_and_the_unlock_the_admins() {
        String username = uniqueUsername("recordlock");
        long id = openAccount(username, "Lock2026pass", ZHENGDING, "INSPECTOR");
        for (int i = 1; i <= 4; i++) {
            problem(api(username, "Wrong2026record" + i).get("/api/v1/me"), 401);
        }
        long last = lastEntryId();

        problem(api(username, "Wrong2026record5").get("/api/v1/me"), 401);

        Entry locked = onlyEntrySince(last);
        assertThat(locked).isEqualTo(new Entry("UserAccountLocked", "system", departmentId(ZHENGDING), "UserAccount",
                String.valueOf(id)));
        assertThat(readableRow(locked)).contains("登录锁定", "系统", "锁定至：");

        last = lastEntryId();
        expect(browser("admin").submit("/admin/users/" + id + "/unlock", Http.Form.of()), 302);
        Entry unlocked = onlyEntrySince(last);
        assertThat(unlocked.action()).isEqualTo("UserAccountUnlocked");
        assertThat(unlocked.username()).isEqualTo("admin");
    }

    @Test
    void issuing_and_revoking_a_token_each_leave_one_entry_of_the_holder() throws Exception {
        long last = lastEntryId();

        String token = text(expect(api("zd-inspector2").post("/api/v1/tokens", ""), 201).json(), "token");

        Entry issued = onlyEntrySince(last);
        assertThat(issued.action()).isEqualTo("ApiTokenIssued");
        assertThat(issued.username()).isEqualTo("zd-inspector2");
        assertThat(issued.departmentId()).isEqualTo(departmentId(ZHENGDING));
        assertThat(readableRow(issued)).contains("签发接口令牌", "周执法（zd-inspector2）");

        last = lastEntryId();
        java.net.http.HttpRequest revoke = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base() + "/api/v1/tokens/current"))
                .header("Authorization", "Bearer " + token).DELETE().build();
        assertThat(java.net.http.HttpClient.newHttpClient()
                .send(revoke, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
        assertThat(onlyEntrySince(last).action()).isEqualTo("ApiTokenRevoked");
    }
}
