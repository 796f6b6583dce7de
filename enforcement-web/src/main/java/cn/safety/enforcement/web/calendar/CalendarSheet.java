package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.calendar.DayArrangement;
import cn.safety.enforcement.domain.calendar.DayKind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calendar sheet: one row per arranged day, columns 日期, 类型 (法定节假日 or 调休上班), 名称. Every faulty row is
 * reported with its row number as Excel shows it (the heading is row 1).
 */
final class CalendarSheet {

    static final List<String> HEADINGS = List.of("日期", "类型", "名称");
    static final String HOLIDAY = "法定节假日";
    static final String MAKEUP = "调休上班";
    /** A year has well under a hundred arranged days; a longer sheet is not a calendar. */
    static final int MAX_ROWS = 400;
    /** The largest file read: a calendar sheet is a few kilobytes. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final Map<String, DayKind> KINDS = Map.of(
            HOLIDAY, DayKind.HOLIDAY, "节假日", DayKind.HOLIDAY, "放假", DayKind.HOLIDAY, "HOLIDAY", DayKind.HOLIDAY,
            MAKEUP, DayKind.MAKEUP_WORKDAY, "上班", DayKind.MAKEUP_WORKDAY, "补班", DayKind.MAKEUP_WORKDAY,
            "MAKEUP_WORKDAY", DayKind.MAKEUP_WORKDAY);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private CalendarSheet() {
    }

    /** Reads the first sheet; a file that is no XLSX, a wrong heading or any faulty row refuses the whole file. */
    static List<DayArrangement> read(InputStream in) {
        try (Workbook wb = new XSSFWorkbook(in)) {
            return read(wb.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation v) {
                throw v;
            }
            throw new RuleViolation("file", "calendar.sheet.unreadable");
        }
    }

    private static List<DayArrangement> read(Sheet sheet) {
        DataFormatter text = new DataFormatter();
        Row heading = sheet.getRow(sheet.getFirstRowNum());
        for (int c = 0; c < HEADINGS.size(); c++) {
            String h = heading == null ? "" : text.formatCellValue(heading.getCell(c)).strip();
            if (!HEADINGS.get(c).equals(h)) {
                throw new RuleViolation("file", "calendar.sheet.headings", String.join("、", HEADINGS));
            }
        }
        List<DayArrangement> lines = new ArrayList<>();
        List<RuleViolation.Problem> problems = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String number = String.valueOf(r + 1);
            String dateText = row == null ? "" : text.formatCellValue(row.getCell(0)).strip();
            String kindText = row == null ? "" : text.formatCellValue(row.getCell(1)).strip();
            String name = row == null ? "" : text.formatCellValue(row.getCell(2)).strip();
            if (dateText.isEmpty() && kindText.isEmpty() && name.isEmpty()) {
                continue;
            }
            if (lines.size() + problems.size() >= MAX_ROWS) {
                throw new RuleViolation("file", "calendar.sheet.tooManyRows", MAX_ROWS);
            }
            LocalDate date = date(row.getCell(0), dateText);
            DayKind kind = KINDS.get(kindText);
            if (date == null) {
                problems.add(new RuleViolation.Problem("file", "calendar.sheet.badDate", number, dateText));
            }
            if (kind == null) {
                problems.add(new RuleViolation.Problem("file", "calendar.sheet.badKind", number, kindText,
                        HOLIDAY + "、" + MAKEUP));
            }
            if (date != null && kind != null) {
                lines.add(new DayArrangement(kind, name.isEmpty() ? null : name, date, date));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return lines;
    }

    private static LocalDate date(Cell cell, String shown) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
            try {
                return LocalDate.parse(shown, f);
            } catch (DateTimeParseException ignored) {
                // the next form
            }
        }
        return null;
    }

    /**
     * The template: the three headings with a drop-down list of the two kinds, dates formatted as dates, and an
     * instructions sheet with example rows (examples outside the data sheet are never imported by accident).
     */
    static byte[] template() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("日历");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                header.createCell(c).setCellValue(HEADINGS.get(c));
                sheet.setColumnWidth(c, 18 * 256);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.setDefaultColumnStyle(0, dateStyle);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation kinds = dv.createValidation(dv.createExplicitListConstraint(new String[]{HOLIDAY, MAKEUP}),
                    new CellRangeAddressList(1, MAX_ROWS, 1, 1));
            kinds.setShowErrorBox(true);
            sheet.addValidationData(kinds);
            Sheet help = wb.createSheet("说明");
            String[] lines = {
                    "每行一天：日期、类型、名称。第一个工作表的第一行是标题，不要改动。",
                    "日期：YYYY-MM-DD（如 2027-01-01），须在所录入的年份之内。",
                    "类型：法定节假日（放假的每一天，含调入假期的周末）或 调休上班（须为周六或周日）。",
                    "名称：节日名称，如 元旦、春节、清明节、劳动节、端午节、中秋节、国庆节；调休上班日填所调的节日。",
                    "只列通知点名的日子；其余日子按星期自动计算（周一至周五上班，周六、周日休息）。",
                    "示例（不会被导入）：",
                    "2026-10-01 | 法定节假日 | 国庆节",
                    "2026-10-10 | 调休上班 | 国庆节"};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 90 * 256);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
