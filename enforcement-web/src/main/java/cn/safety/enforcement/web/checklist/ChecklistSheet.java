package cn.safety.enforcement.web.checklist;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistItem;
import cn.safety.enforcement.domain.checklist.ChecklistItemDraft;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The items of a checklist version as a sheet: one row per item, columns 序号, 条款编号, 检查内容, 依据, 重大事故隐患
 * (是/否). The export of a version is also the template of an import: edited and uploaded onto a draft, it replaces the
 * draft's items. Every faulty row is reported with its row number as Excel shows it (the heading is row 1), and one
 * faulty row refuses the whole file.
 */
final class ChecklistSheet {

    static final List<String> HEADINGS = List.of("序号", "条款编号", "检查内容", "依据", "重大事故隐患");
    static final String YES = "是";
    static final String NO = "否";
    /** The largest file read: 500 items of a few hundred characters are well under it. */
    static final long MAX_BYTES = 2 * 1024 * 1024;

    private static final Map<String, Boolean> MAJOR = Map.ofEntries(
            Map.entry(YES, true), Map.entry(NO, false), Map.entry("重大", true), Map.entry("一般", false),
            Map.entry("Y", true), Map.entry("N", false), Map.entry("YES", true), Map.entry("NO", false),
            Map.entry("TRUE", true), Map.entry("FALSE", false), Map.entry("1", true), Map.entry("0", false));

    private ChecklistSheet() {
    }

    static byte[] write(Checklist checklist) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(checklist.getCode() + " v" + checklist.getVersion());
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                header.createCell(c).setCellValue(HEADINGS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int[] widths = {6, 16, 70, 50, 12};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int r = 1;
            for (ChecklistItem item : checklist.getItems()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.getPosition());
                row.createCell(1).setCellValue(item.getReference());
                row.createCell(2).setCellValue(item.getText());
                row.getCell(2).setCellStyle(wrap);
                row.createCell(3).setCellValue(item.getBasis());
                row.getCell(3).setCellStyle(wrap);
                row.createCell(4).setCellValue(item.isMajor() ? YES : NO);
            }
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation major = dv.createValidation(dv.createExplicitListConstraint(new String[] {YES, NO}),
                    new CellRangeAddressList(1, Checklist.MAX_ITEMS, 4, 4));
            major.setShowErrorBox(true);
            sheet.addValidationData(major);
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Reads the first sheet; a file that is no XLSX, a wrong heading or any faulty row refuses the whole file. */
    static List<ChecklistItemDraft> read(InputStream in) {
        try (Workbook wb = new XSSFWorkbook(in)) {
            return read(wb.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation v) {
                throw v;
            }
            throw new RuleViolation("file", "checklist.sheet.unreadable");
        }
    }

    private static List<ChecklistItemDraft> read(Sheet sheet) {
        DataFormatter text = new DataFormatter();
        Row heading = sheet.getRow(sheet.getFirstRowNum());
        for (int c = 0; c < HEADINGS.size(); c++) {
            String h = heading == null ? "" : text.formatCellValue(heading.getCell(c)).strip();
            if (!HEADINGS.get(c).equals(h)) {
                throw new RuleViolation("file", "checklist.sheet.headings", String.join("、", HEADINGS));
            }
        }
        List<ChecklistItemDraft> items = new ArrayList<>();
        List<RuleViolation.Problem> problems = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String reference = cell(text, row, 1);
            String content = cell(text, row, 2);
            String basis = cell(text, row, 3);
            String major = cell(text, row, 4);
            if (reference.isEmpty() && content.isEmpty() && basis.isEmpty() && major.isEmpty()) {
                continue;
            }
            if (items.size() >= Checklist.MAX_ITEMS) {
                throw new RuleViolation("file", "checklist.items.tooMany", Checklist.MAX_ITEMS);
            }
            int number = r + 1;
            Boolean isMajor = MAJOR.get(major.toUpperCase(java.util.Locale.ROOT));
            if (isMajor == null) {
                problems.add(new RuleViolation.Problem("file", "checklist.sheet.badMajor", number, major));
            }
            items.add(new ChecklistItemDraft(reference, content, basis, Boolean.TRUE.equals(isMajor), number));
        }
        problems.addAll(Checklist.problemsOf(items));
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return items;
    }

    private static String cell(DataFormatter text, Row row, int column) {
        return row == null ? "" : text.formatCellValue(row.getCell(column)).strip();
    }
}
