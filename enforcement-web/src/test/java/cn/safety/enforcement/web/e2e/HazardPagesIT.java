package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hazard pages: the loop through the forms of one hazard's page (order, the plan entered for the enterprise, a
 * photo, the report, the re-check), each refused with its message beside the field first; the list's filters; the
 * three lists as pages, XLSX and JSON; a county's hazard not found from another province, refused to the city above.
 */
class HazardPagesIT extends EndToEndIT {

    private long zhengdingEnterprise() {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "隐患页面" + code.substring(8, 17) + "有限公司");
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    private long hazard(long enterprise, String grade) {
        return expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of("enterpriseId", enterprise,
                "source", "COMPLAINT", "grade", grade, "description", "二层平台防护栏杆缺失", "place", "二号车间",
                "legalBasis", "《安全生产法》第三十六条"))), 201).json().path("id").asLong();
    }

    @Test
    void an_inspector_takes_a_hazard_through_its_page_from_the_order_to_the_recheck_with_messages_beside_the_fields()
            throws Exception {
        long enterprise = zhengdingEnterprise();
        long id = hazard(enterprise, "GENERAL");
        String path = "/hazards/" + id;
        Http.Browser inspector = browser("zd-inspector");
        String page = inspector.page(path);
        assertThat(page).contains("二层平台防护栏杆缺失", "order-form", "on-the-spot-form", "已发现")
                .doesNotContain("plan-form", "verification-form", "extension-decision-form");

        Http.Response empty = inspector.submit(path + "/order", Http.Form.of("requirements", "", "workingDays", ""));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("请填写整改要求", "请填写整改期限", "order-form");
        Http.Response badNumber = inspector.submit(path + "/order", Http.Form.of("requirements", "加装防护栏杆",
                "workingDays", "五"));
        assertThat(badNumber.body()).contains("请输入整数。", "加装防护栏杆");

        Http.Response ordered = inspector.submit(path + "/order", Http.Form.of("requirements", "加装防护栏杆",
                "workingDays", "5"));
        assertThat(ordered.status()).as("%s", ordered).isEqualTo(302);
        String afterOrder = inspector.follow(ordered).body();
        assertThat(afterOrder).contains("已下达责令限期整改指令书", "已督办", "order-document", "plan-form",
                "extension-form").doesNotContain("order-form");
        Matcher doc = Pattern.compile("/hazards/" + id + "/documents/([0-9]+)\\.pdf").matcher(afterOrder);
        assertThat(doc.find()).isTrue();
        Http.Response pdf = inspector.get(doc.group());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");

        // the paper plan entered by the department's staff: every one of the five is needed
        Http.Response noFunds = inspector.submit(path + "/plan", Http.Form.of("goal", "消除坠落风险",
                "responsiblePerson", "王厂长", "funds", "", "measures", "加装栏杆", "plannedCompletion",
                LocalDate.now().plusDays(3).toString()));
        assertThat(noFunds.status()).isEqualTo(200);
        assertThat(noFunds.body()).contains("请填写治理经费", "王厂长", "消除坠落风险");
        Http.Response planned = inspector.submit(path + "/plan", Http.Form.of("goal", "消除坠落风险",
                "responsiblePerson", "王厂长", "funds", "12000", "measures", "加装栏杆", "plannedCompletion",
                LocalDate.now().plusDays(3).toString()));
        assertThat(planned.status()).as("%s", planned).isEqualTo(302);
        assertThat(inspector.follow(planned).body()).contains("整改中", "王厂长", "report-form");

        Http.Response noEvidence = inspector.submit(path + "/report", Http.Form.of("description", "已加装"));
        assertThat(noEvidence.status()).isEqualTo(200);
        assertThat(noEvidence.body()).contains("请附上证据");
        Http.Response photo = inspector.upload(path + "/evidence", "file", "rail.png", "image/png",
                InspectionSiteIT.png("栏"));
        assertThat(photo.status()).as("%s", photo).isEqualTo(302);
        String withPhoto = inspector.follow(photo).body();
        Matcher evidence = Pattern.compile("id=\"evidence-([0-9]+)\"").matcher(withPhoto);
        assertThat(evidence.find()).isTrue();
        assertThat(inspector.get(path + "/evidence/" + evidence.group(1)).contentType()).startsWith("image/png");
        Http.Response reported = inspector.submit(path + "/report", Http.Form.of("description", "已加装防护栏杆",
                "evidenceIds", evidence.group(1)));
        assertThat(reported.status()).as("%s", reported).isEqualTo(302);
        assertThat(inspector.follow(reported).body()).contains("已报整改", "verification-form", "复查期限");

        Http.Response noDeadline = inspector.submit(path + "/verification", Http.Form.of("accepted", "false",
                "opinion", "栏杆高度不足"));
        assertThat(noDeadline.status()).isEqualTo(200);
        assertThat(noDeadline.body()).contains("复查不合格的，请填写新的整改期限", "栏杆高度不足");
        Http.Response accepted = inspector.submit(path + "/verification", Http.Form.of("accepted", "true",
                "opinion", "整改到位"));
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(302);
        String closed = inspector.follow(accepted).body();
        assertThat(closed).contains("已销号", "整改到位", "全过程记录").doesNotContain("id=\"actions\"");

        // the lists
        String list = inspector.page("/hazards?enterpriseId=" + enterprise);
        assertThat(list).contains("hazard-" + id, "已销号");
        assertThat(inspector.page("/hazards?enterpriseId=" + enterprise + "&state=ORDERED"))
                .doesNotContain("hazard-" + id);
        assertThat(inspector.page("/hazards?sector=INDUSTRY_TRADE&enterpriseId=" + enterprise))
                .contains("hazard-" + id);
        assertThat(inspector.page("/hazards?sector=MINING&enterpriseId=" + enterprise)).doesNotContain("hazard-" + id);
        assertThat(inspector.page("/hazards?dueFrom=2026-13-40")).contains("请输入有效日期");
        assertThat(inspector.page("/hazards?dueFrom=2026-05-02&dueTo=2026-05-01")).contains("期限截止日期不能早于起始日期");

        String responsibility = inspector.page("/hazards/lists?kind=RESPONSIBILITY&enterpriseId=" + enterprise);
        assertThat(responsibility).contains("line-" + id, "王厂长", "zd-inspector", "整改责任人");
        String rectification = inspector.page("/hazards/lists?kind=RECTIFICATION&enterpriseId=" + enterprise);
        assertThat(rectification).contains("加装栏杆", "12000", "已销号");
        Http.Response xlsx = inspector.get("/hazards/lists.xlsx?kind=PROBLEM&enterpriseId=" + enterprise);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        var json = expect(api("zd-inspector").get("/api/v1/hazards/lists?kind=PROBLEM&enterpriseId=" + enterprise),
                200).json();
        assertThat(json.path("kind").asText()).isEqualTo("PROBLEM");
        assertThat(json.path("items").get(0).path("legalBasis").asText()).isEqualTo("《安全生产法》第三十六条");
        expect(api("zd-inspector").get("/api/v1/hazards/lists?kind=NONE"), 400);
        assertThat(expect(api("zd-inspector").get("/api/v1/hazards?sector=INDUSTRY_TRADE&enterpriseId=" + enterprise),
                200).json().path("items").size()).isEqualTo(1);
    }

    @Test
    void another_province_does_not_find_the_hazard_and_the_city_above_reads_it_but_may_not_order_it() {
        long enterprise = zhengdingEnterprise();
        long id = hazard(enterprise, "MAJOR");
        String path = "/hazards/" + id;
        Http.Browser binhai = browser("bh-inspector");
        assertThat(binhai.get(path).status()).isEqualTo(404);
        assertThat(binhai.submit(path + "/order", Http.Form.of("requirements", "x", "workingDays", "5")).status())
                .isEqualTo(404);
        assertThat(binhai.page("/hazards?enterpriseId=" + enterprise)).doesNotContain("hazard-" + id);

        Http.Browser city = browser("sjz-supervisor");
        String read = city.page(path);
        assertThat(read).contains("二层平台防护栏杆缺失").doesNotContain("order-form", "onsite-measures-form");
        assertThat(city.submit(path + "/order", Http.Form.of("requirements", "x", "workingDays", "5")).status())
                .isEqualTo(403);
        // the start page shows the newest of the city's 挂牌督办 queue; the whole queue holds this major hazard
        assertThat(city.page("/")).contains("todo-supervision");
        assertThat(supervisedQueueOf("sjz-supervisor")).contains(id);

        Http.Browser inspector = browser("zd-inspector");
        String own = inspector.page(path);
        assertThat(own).contains("order-form", "onsite-measures-form", "grade-change-form")
                .doesNotContain("on-the-spot-form");
    }

    @Test
    void a_failed_item_of_an_inspection_and_a_complaint_are_recorded_as_hazards_from_their_forms() {
        long enterprise = zhengdingEnterprise();
        Http.Browser inspector = browser("zd-inspector");
        String form = inspector.page("/hazards/new?enterprise=" + enterprise);
        assertThat(form).contains("hazard-form", "投诉举报");
        Http.Response refused = inspector.submit("/hazards", Http.Form.of("enterpriseId", String.valueOf(enterprise),
                "source", "COMPLAINT", "grade", "", "description", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("请选择隐患等级", "请填写隐患描述");
        Http.Response found = inspector.submit("/hazards", Http.Form.of("enterpriseId", String.valueOf(enterprise),
                "source", "COMPLAINT", "grade", "GENERAL", "description", "消防通道堵塞", "place", "仓库"));
        assertThat(found.status()).as("%s", found).isEqualTo(302);
        assertThat(inspector.follow(found).body()).contains("隐患已登记", "消防通道堵塞", "投诉举报");
    }

    @Test
    void the_enterprise_page_offers_recording_a_hazard_to_the_staff_who_act_on_it_and_the_form_names_the_enterprise() {
        long enterprise = zhengdingEnterprise();
        String name = expect(api("zd-inspector").get("/api/v1/enterprises/" + enterprise), 200).json().path("name")
                .asString();
        assertThat(browser("zd-inspector").page("/enterprises/" + enterprise))
                .contains("id=\"record-hazard\"", "/hazards/new?enterprise=" + enterprise);
        assertThat(browser("zd-inspector").page("/hazards/new?enterprise=" + enterprise))
                .contains("id=\"enterprise-name\"", name);
        // the city above reads the enterprise but does not act on it; another county reads neither the page nor the name
        assertThat(browser("sjz-supervisor").page("/enterprises/" + enterprise)).doesNotContain("record-hazard");
        assertThat(browser("xt-inspector").get("/enterprises/" + enterprise).status()).isEqualTo(404);
        assertThat(browser("xt-inspector").page("/hazards/new?enterprise=" + enterprise))
                .doesNotContain("enterprise-name", name);
    }

    private java.util.List<Long> supervisedQueueOf(String username) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        String next = null;
        do {
            var page = expect(api(username).get("/api/v1/hazards/supervised?size=100"
                    + (next == null ? "" : "&after=" + next)), 200).json();
            page.path("items").forEach(r -> ids.add(r.path("id").asLong()));
            next = page.path("next").isMissingNode() || page.path("next").isNull() ? null : page.path("next").asText();
        } while (next != null);
        return ids;
    }
}
