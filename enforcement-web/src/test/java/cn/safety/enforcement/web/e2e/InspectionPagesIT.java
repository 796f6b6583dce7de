package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** The inspection pages: start an unplanned one, approve it, record a stage and a transfer, keep the expert pool. */
class InspectionPagesIT extends EndToEndIT {

    private long zhengdingEnterprise() {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "页面检查" + code.substring(8, 17) + "有限公司");
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    @Test
    void an_inspector_starts_an_unplanned_inspection_the_chief_approves_it_and_the_stages_and_transfer_are_recorded() {
        long enterprise = zhengdingEnterprise();
        Http.Browser inspector = browser("zd-inspector");
        String chooser = inspector.page("/inspections/new");
        assertThat(chooser).contains("unplanned-chooser", "enterprise-search");
        // the chooser finds the enterprise by name within the reader's scope, with and without script
        String name = expect(api("zd-inspector").get("/api/v1/enterprises/" + enterprise), 200).json().path("name")
                .asString();
        String q = java.net.URLEncoder.encode(name.substring(0, name.length() - 4), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(inspector.page("/inspections/new?q=" + q)).contains("/inspections/new?enterprise=" + enterprise,
                name);
        assertThat(inspector.page("/inspections/new/enterprises?q=" + q)).contains("\"id\":" + enterprise, name);
        assertThat(browser("sjz-inspector").page("/inspections/new?q=" + q))
                .doesNotContain("/inspections/new?enterprise=" + enterprise).contains("no-enterprise-choices");
        String form = inspector.page("/inspections/new?enterprise=" + enterprise);
        assertThat(form).contains("start-form", "李执法（zd-inspector）", "冀执13012320240003")
                .doesNotContain("高振华");

        // one inspector: the form comes back with the message and what was chosen
        Http.Response refused = inspector.submit("/inspections", Http.Form.of("enterpriseId", String.valueOf(enterprise),
                "kind", "SPECIAL", "trigger", "COMPLAINT", "inspectors", "zd-inspector"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("执法人员不得少于 2 人", "start-form");

        Http.Response started = inspector.submit("/inspections", Http.Form.of("enterpriseId",
                String.valueOf(enterprise), "kind", "SPECIAL", "trigger", "COMPLAINT", "inspectors", "zd-inspector",
                "inspectors", "zd-inspector2"));
        assertThat(started.status()).as("%s", started).isEqualTo(302);
        String path = started.location();
        assertThat(path).matches("/inspections/[0-9]+");
        String waiting = inspector.follow(started).body();
        assertThat(waiting).contains("待审批", "待负责人批准").doesNotContain("approve-form");

        Http.Browser chief = browser("zd-chief");
        assertThat(chief.page("/inspections/approvals")).contains(path);
        String detail = chief.page(path);
        assertThat(detail).contains("approve-form", "refuse-form");
        Http.Response approved = chief.submit(path + "/approval", Http.Form.of());
        assertThat(approved.status()).isEqualTo(302);
        assertThat(chief.follow(approved).body()).contains("已批准", "检查中");

        Http.Response stage = inspector.submit(path + "/stages/NOTICE", Http.Form.of("note", "出示证件，告知检查事项",
                "role", "MAIN_RESPONSIBLE", "name", "赵总", "role", "SAFETY_MANAGER", "name", "",
                "role", "OPERATOR", "name", ""));
        assertThat(stage.status()).as("%s", stage).isEqualTo(302);
        String afterStage = inspector.page(path);
        assertThat(afterStage).contains("出示证件，告知检查事项", "主要负责人 赵总");
        Http.Response early = inspector.submit(path + "/stages/FEEDBACK", Http.Form.of("note", "x"));
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("请先记录“现场检查”");

        Http.Response transfer = inspector.submit(path + "/transfers", Http.Form.of("toDepartment",
                "正定县市场监督管理局", "matter", "压力容器未按期检验"));
        assertThat(transfer.status()).isEqualTo(302);
        assertThat(inspector.page(path)).contains("正定县市场监督管理局", "压力容器未按期检验");

        String list = inspector.page("/inspections?enterpriseId=" + enterprise);
        assertThat(list).contains(path, "专项检查", "检查中");
        assertThat(browser("sjz-inspector").get(path).status()).isEqualTo(404);
    }

    @Test
    void a_supervisor_keeps_the_expert_pool_and_an_inspector_reads_it() {
        Http.Browser chief = browser("zd-chief");
        String name = "专家" + uniqueUsername("x").substring(2, 8);
        Http.Response added = chief.submit("/experts", Http.Form.of("name", name, "speciality", "危险化学品",
                "organisation", "河北省安全生产科学研究院"));
        assertThat(added.status()).as("%s", added).isEqualTo(302);
        assertThat(browser("zd-inspector").page("/experts")).contains(name).doesNotContain("expert-form");
        Http.Response blank = chief.submit("/experts", Http.Form.of("name", " ", "speciality", "",
                "organisation", ""));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("请填写专家姓名");
        assertThat(browser("sjz-supervisor").page("/experts")).doesNotContain(name);
        expect(browser("zd-inspector").submit("/experts", Http.Form.of("name", "某", "speciality", "某",
                "organisation", "某")), 403);
    }
}
