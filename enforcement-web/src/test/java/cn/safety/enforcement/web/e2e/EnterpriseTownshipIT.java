package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The township (乡镇/街道) an enterprise lies in: chosen on the register and edit forms among the townships of its
 * county, refused when it lies in another county, read by name from an import's 乡镇（街道） column within the row's
 * county, written to the export, and named on the enterprise's file.
 */
class EnterpriseTownshipIT extends EndToEndIT {

    @Autowired
    private JdbcClient jdbc;

    private long township(String county, String name) {
        for (JsonNode t : api("zd-inspector").getJson("/api/v1/townships?divisionCode=" + county).values()) {
            if (name.equals(text(t, "name"))) {
                return t.path("id").asLong();
            }
        }
        return expect(api("admin").post("/api/v1/townships", Http.json(Map.of("countyCode", county, "name", name,
                "kind", "TOWN"))), 201).json().path("id").asLong();
    }

    private static String unique(String stem) {
        return stem + Long.toString(System.nanoTime(), 36).substring(6);
    }

    private Http.Form registration(Http.Browser browser, String name, long townshipId) {
        Http.Form form = Html.form(browser.page("/enterprises/new"), "/enterprises");
        form.set("creditCode", Demo.newCreditCode(ZHENGDING));
        form.set("name", name);
        form.set("divisionCode", ZHENGDING);
        form.set("townshipId", String.valueOf(townshipId));
        form.set("address", "河北省石家庄市正定县乡镇路1号");
        form.set("sector", "INDUSTRY_TRADE");
        form.set("employees", "30");
        form.set("riskGrade", "BLUE");
        return form;
    }

    private long enterpriseNamed(String name) {
        JsonNode items = api("zd-inspector").getJson("/api/v1/enterprises?q=" + name).path("items");
        assertThat(items.size()).as("enterprises named %s", name).isEqualTo(1);
        return items.get(0).path("id").asLong();
    }

    @Test
    void the_register_form_offers_the_countys_townships_and_the_file_names_the_chosen_one() {
        long zhufutun = township(ZHENGDING, "诸福屯镇");
        Http.Browser zd = browser("zd-inspector");
        String page = zd.page("/enterprises/new");
        assertThat(page).contains("id=\"townshipId\"", ">诸福屯镇</option>", ">正定高新技术产业开发区</option>");
        String name = unique("乡镇登记测试有限公司");

        Http.Response saved = zd.submit("/enterprises", registration(zd, name, zhufutun));

        assertThat(saved.status()).as("%s", saved).isEqualTo(302);
        long id = enterpriseNamed(name);
        assertThat(Html.byId(zd.page("/enterprises/" + id), "township")).isEqualTo("诸福屯镇");
        JsonNode read = api("zd-inspector").getJson("/api/v1/enterprises/" + id);
        assertThat(read.path("townshipId").asLong()).isEqualTo(zhufutun);
        assertThat(text(read, "townshipName")).isEqualTo("诸福屯镇");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE aggregate_type = 'Enterprise' AND aggregate_id = ?")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("EnterpriseRegistered");
    }

    @Test
    void a_township_of_another_county_is_refused_next_to_the_field_and_nothing_is_registered() {
        long elsewhere = township(XINGTANG, "行唐测试镇");
        Http.Browser zd = browser("zd-inspector");
        String name = unique("乡镇越界测试有限公司");

        Http.Response refused = zd.submit("/enterprises", registration(zd, name, elsewhere));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("所选乡镇（街道）不在企业所在的县级行政区内。");
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + name).path("items").size()).isZero();
        // a township that does not exist at all is refused too
        Http.Response unknown = zd.submit("/enterprises", registration(zd, name, 987654321L));
        assertThat(unknown.body()).contains("乡镇（街道）不存在。");
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + name).path("items").size()).isZero();
    }

    @Test
    void the_edit_form_changes_the_township_in_one_revision_and_the_list_follows_the_county() {
        long zhufutun = township(ZHENGDING, "诸福屯镇");
        long xinan = township(ZHENGDING, "新安镇");
        Http.Browser zd = browser("zd-inspector");
        String name = unique("乡镇修改测试有限公司");
        expect(zd.submit("/enterprises", registration(zd, name, zhufutun)), 302);
        long id = enterpriseNamed(name);

        Http.Form edit = Html.form(zd.page("/enterprises/" + id + "/edit"), "/enterprises/" + id);
        assertThat(edit.get("townshipId")).isEqualTo(String.valueOf(zhufutun));
        edit.set("townshipId", String.valueOf(xinan));
        expect(zd.submit("/enterprises/" + id, edit), 302);

        assertThat(Html.byId(zd.page("/enterprises/" + id), "township")).isEqualTo("新安镇");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE aggregate_type = 'Enterprise' AND aggregate_id = ?"
                        + " ORDER BY id").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("EnterpriseRegistered", "EnterpriseRevised");
        // the record names the townships, not their ids, on the record page and on the file
        String record = browser("admin").page("/admin/audit?type=Enterprise&object=" + id);
        assertThat(record).contains("<del>诸福屯镇</del> → <span>新安镇</span>");
        String file = zd.page("/enterprises/" + id);
        assertThat(file).contains("<del>诸福屯镇</del> → <span>新安镇</span>")
                .doesNotContain("<span>" + xinan + "</span>");
        // and the jurisdiction table names who assigned it as the record does (姓名（username）)
        assertThat(file).contains("李执法（zd-inspector）</td>").doesNotContain(">zd-inspector</td>");
        // the list the page's script asks for when the county changes
        JsonNode ofCounty = Http.JSON.readTree(zd.page("/enterprises/townships?divisionCode=" + ZHENGDING));
        assertThat(ofCounty.values().stream().map(t -> text(t, "name")).toList()).contains("诸福屯镇", "新安镇");
        JsonNode ofOther = Http.JSON.readTree(zd.page("/enterprises/townships?divisionCode=" + XINGTANG));
        assertThat(ofOther.values().stream().map(t -> text(t, "name")).toList()).doesNotContain("诸福屯镇");
    }

    @Test
    void the_import_reads_the_township_by_name_within_the_rows_county_and_the_export_writes_it() {
        township(ZHENGDING, "新城铺镇");
        String placed = Demo.newCreditCode(ZHENGDING);
        String unknown = Demo.newCreditCode(ZHENGDING);
        String header = "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,从业人员数,安全风险等级,乡镇（街道）\n";
        String good = header + String.join(",", placed, unique("乡镇导入测试有限公司"), ZHENGDING, "正定县导入路3号",
                "工贸", "20", "蓝", "新城铺镇") + "\n";
        String bad = header + String.join(",", unknown, unique("乡镇导入错误有限公司"), ZHENGDING, "正定县导入路4号",
                "工贸", "20", "蓝", "栾城镇") + "\n";
        Http.Browser zd = browser("zd-inspector");

        Http.Response refused = zd.upload("/enterprises/import", "file", "乡镇.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        List<List<String>> report = Html.rows(expect(refused, 200).body());
        assertThat(report).singleElement().satisfies(row -> assertThat(row.get(2))
                .contains("乡镇（街道）“栾城镇”不在正定县", "可选：", "诸福屯镇", "新城铺镇"));
        assertThat(api("admin").getJson("/api/v1/enterprises?q=" + unknown).path("items").size()).isZero();

        Http.Response imported = zd.upload("/enterprises/import", "file", "乡镇.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(expect(imported, 200).body()).contains("id=\"import-done\"");
        long placedId = api("zd-inspector").getJson("/api/v1/enterprises?q=" + placed).path("items").get(0)
                .path("id").asLong();
        assertThat(text(api("zd-inspector").getJson("/api/v1/enterprises/" + placedId), "townshipName"))
                .isEqualTo("新城铺镇");

        String csv = new String(expect(zd.get("/enterprises/export.csv?q=" + placed), 200).bytes(),
                StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\r?\n");
        assertThat(lines[0]).endsWith("执法主体,乡镇（街道）");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(placed).endsWith(",新城铺镇");
    }
}
