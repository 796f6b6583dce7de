package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan pages over HTTP: the export's columns, the steps' confirmations, refusals shown on the page. */
class PlanPagesIT extends EndToEndIT {


    private long generatedPlan() {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, "导出计划" + code.substring(8, 17) + "有限公司");
        body.put("sector", "METALLURGY");
        body.put("riskGrade", "ORANGE");
        expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201);
        long plan = expect(api("zd-chief").post("/api/v1/plans", Http.json(Map.of("year", PlanYears.next()))),
                201).json().path("id").asLong();
        expect(api("zd-chief").post("/api/v1/plans/" + plan + "/generate", "{}"), 200);
        return plan;
    }

    @Test
    void the_export_has_the_published_columns_and_one_row_per_item() throws IOException {
        long plan = generatedPlan();
        List<JsonNode> items = new ArrayList<>(api("zd-inspector").getJson("/api/v1/plans/" + plan
                + "/items?size=500").path("items").values());
        Http.Response r = expect(browser("zd-inspector").get("/plans/" + plan + "/export.xlsx"), 200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(1);
            List<String> columns = new ArrayList<>();
            header.forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).containsExactly("检查事项", "依据", "对象", "方式", "频次和上限", "时间安排", "承办机构");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(items.size());
            Row first = sheet.getRow(2);
            assertThat(first.getCell(2).getStringCellValue()).contains(items.get(0).path("enterprise")
                    .path("creditCode").asString());
            assertThat(first.getCell(4).getStringCellValue()).startsWith("每年");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo(Demo.ZHENGDING_DEPARTMENT);
        }
        assertThat(exports(plan)).containsExactly("zd-inspector");
        expect(browser("bh-inspector").get("/plans/" + plan + "/export.xlsx"), 404);
        assertThat(exports(plan)).containsExactly("zd-inspector");
    }

    /** Who the record says took the plan out, oldest first. */
    private List<String> exports(long plan) {
        return jdbc().sql("""
                        SELECT username FROM audit_entry WHERE aggregate_type = 'Plan' AND aggregate_id = ?
                        AND action = 'PlanExported' ORDER BY id""")
                .param(String.valueOf(plan)).query(String.class).list();
    }

    @Test
    void a_step_without_its_confirmation_changes_nothing_and_says_why() {
        long plan = generatedPlan();
        Http.Browser chief = browser("zd-chief");
        chief.page("/plans/" + plan);
        expect(chief.submit("/plans/" + plan + "/submit", Http.Form.of()), 302);
        assertThat(chief.page("/plans/" + plan)).contains("请勾选确认后再提交");
        assertThat(api("zd-chief").getJson("/api/v1/plans/" + plan).path("status").asString()).isEqualTo("DRAFT");

        expect(chief.submit("/plans/" + plan + "/submit", Http.Form.of("confirmed", "true")), 302);
        assertThat(api("zd-chief").getJson("/api/v1/plans/" + plan).path("status").asString())
                .isEqualTo("SUBMITTED");
        expect(chief.submit("/plans/" + plan + "/submit", Http.Form.of("confirmed", "true")), 302);
        assertThat(chief.page("/plans/" + plan)).contains("已报批", "SUBMITTED");
        assertThat(browser("zd-inspector").page("/plans/" + plan)).doesNotContain("approve-form");
        assertThat(chief.page("/plans/" + plan)).contains("approve-form", "return-form");
    }

    @Test
    void the_list_and_the_month_pages_open_for_inspectors_and_not_for_other_provinces() {
        long plan = generatedPlan();
        assertThat(browser("zd-inspector").page("/plans?year=" + api("zd-chief")
                .getJson("/api/v1/plans/" + plan).path("year").asInt())).contains("plan-" + plan);
        assertThat(browser("zd-inspector").page("/plans/month")).contains("本月检查", "月");
        expect(browser("bh-inspector").get("/plans/" + plan), 404);
    }
}
