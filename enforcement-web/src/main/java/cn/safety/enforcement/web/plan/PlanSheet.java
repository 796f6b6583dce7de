package cn.safety.enforcement.web.plan;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanFlag;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.ReadingPlans;
import cn.safety.enforcement.domain.plan.Reason;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A plan as departments publish it (监督检查计划表): one row per item in the columns 检查事项, 依据, 对象, 方式, 频次和上限,
 * 时间安排, 承办机构. Read through the plan's jurisdiction check, a page of items at a time, streamed to the response.
 */
@Component
class PlanSheet {

    static final String[] COLUMNS = {"plan.export.subject", "plan.export.basis", "plan.export.target",
            "plan.export.method", "plan.export.frequency", "plan.export.schedule", "plan.export.unit"};

    private static final int PAGE = 1000;

    private final ReadingPlans reading;
    private final MessageSource messages;

    PlanSheet(ReadingPlans reading, MessageSource messages) {
        this.reading = reading;
        this.messages = messages;
    }

    void write(Actor actor, long planId, HttpServletResponse response) throws IOException {
        Plan plan = reading.export(actor, planId);
        Department department = reading.departmentOf(plan);
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("plan-" + plan.getYear() + "-v" + plan.getRevision() + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(plan.getYear() + "");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(text("plan.export.title", locale, department.getName(),
                    String.valueOf(plan.getYear()), String.valueOf(plan.getRevision())));
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(text(COLUMNS[c], locale));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 2;
            Long after = null;
            while (true) {
                List<PlanItemRow> page = reading.items(actor, planId, null, after, PAGE);
                for (PlanItemRow item : page) {
                    Row row = sheet.createRow(r++);
                    String[] cells = cells(item, department, locale);
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).id();
            }
            book.write(response.getOutputStream());
            book.dispose();
        }
    }

    /** The seven published columns of one item. */
    String[] cells(PlanItemRow item, Department department, Locale locale) {
        String basis = item.reasons().stream().map(Reason::text).collect(Collectors.joining("；"));
        String frequency = text("plan.export.times", locale, String.valueOf(item.requiredInspections()))
                + (item.flags().contains(PlanFlag.OVER_CAP) ? text("plan.export.overCap", locale) : "");
        return new String[] {
                text("plan.export.subject." + item.kind(), locale),
                basis.isEmpty() ? text("plan.export.basis.default", locale)
                        : basis + "（" + text("plan.export.basis.default", locale) + "）",
                item.enterpriseName() + "（" + item.creditCode() + "）",
                text("plan.export.method." + item.kind(), locale),
                frequency,
                item.month() == null ? "" : text("plan.export.month", locale, String.valueOf(item.month())),
                department.getName()};
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
