package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseExport;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.ExportingEnterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes the enterprise list, as the user filtered it and within their scope, to the response: an .xlsx of at most
 * {@code enforcement.export.xlsx-max-rows} rows that says so when it is cut, or a CSV of every row, streamed chunk by
 * chunk so that the first bytes leave before the last row is read. Both have the same columns, which the import reads
 * back; the CSV is UTF-8 with a byte-order mark, so that Excel shows its Chinese.
 */
@Component
@EnableConfigurationProperties(ExportProperties.class)
class EnterpriseExportFiles {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final List<String> HEADINGS = List.of("统一社会信用代码", "企业名称", "行政区划代码", "行政区划", "地址", "行业领域",
            "特征", "从业人员数", "安全风险等级", "安全生产标准化等级", "重大危险源数", "生产经营状态", "执法主体",
            "乡镇（街道）");
    /** The columns written as numbers, found by heading so that a new column does not shift them. */
    private static final java.util.Set<Integer> NUMBER_COLUMNS = java.util.Set.of(HEADINGS.indexOf("从业人员数"),
            HEADINGS.indexOf("重大危险源数"));
    private static final Logger log = LoggerFactory.getLogger(EnterpriseExportFiles.class);

    private final ExportingEnterprises exports;
    private final EnterpriseViews views;
    private final MessageSource messages;
    private final ExportProperties properties;

    EnterpriseExportFiles(ExportingEnterprises exports, EnterpriseViews views, MessageSource messages,
                          ExportProperties properties) {
        this.exports = exports;
        this.views = views;
        this.messages = messages;
        this.properties = properties;
    }

    int xlsxMaxRows() {
        return properties.xlsxMaxRows();
    }

    void xlsx(Actor actor, EnterpriseFilter filter, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        long started = System.nanoTime();
        EnterpriseExport export = exports.start(actor, filter, ExportingEnterprises.Format.XLSX,
                properties.xlsxMaxRows());
        attachment(response, XLSX_TYPE, "企业档案.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("企业档案");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
                sheet.setColumnWidth(i, 18 * 256);
            }
            int r = 1;
            for (List<EnterpriseView> chunk = chunk(export); !chunk.isEmpty(); chunk = chunk(export)) {
                for (EnterpriseView e : chunk) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = cells(e, locale);
                    for (int c = 0; c < cells.size(); c++) {
                        if (NUMBER_COLUMNS.contains(c)) {
                            row.createCell(c).setCellValue(Integer.parseInt(cells.get(c)));
                        } else {
                            row.createCell(c).setCellValue(cells.get(c));
                        }
                    }
                }
            }
            if (export.cut()) {
                long total = exports.count(actor, filter);
                Sheet note = wb.createSheet(messages.getMessage("export.cut.sheet", null, locale));
                note.setColumnWidth(0, 100 * 256);
                note.createRow(0).createCell(0).setCellValue(messages.getMessage("export.cut.note",
                        new Object[]{export.delivered(), total, Math.max(0, total - export.delivered())}, locale));
                note.createRow(1).createCell(0).setCellValue(messages.getMessage("export.cut.csv", null, locale));
                // the note is what the file opens on; the data stay the first sheet, which the import reads
                sheet.setSelected(false);
                note.setSelected(true);
                wb.setActiveSheet(1);
            }
            wb.write(response.getOutputStream());
        }
        log.info("{} exported {} enterprises to XLSX{} in {} ms", actor.username(), export.delivered(),
                export.cut() ? " (cut at the limit)" : "", (System.nanoTime() - started) / 1_000_000);
    }

    void csv(Actor actor, EnterpriseFilter filter, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        long started = System.nanoTime();
        EnterpriseExport export = exports.start(actor, filter, ExportingEnterprises.Format.CSV, null);
        attachment(response, CSV_TYPE, "企业档案.csv");
        OutputStream out = response.getOutputStream();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(HEADINGS);
        printer.flush();
        response.flushBuffer();
        for (List<EnterpriseView> chunk = chunk(export); !chunk.isEmpty(); chunk = chunk(export)) {
            for (EnterpriseView e : chunk) {
                printer.printRecord(cells(e, locale));
            }
            printer.flush();
        }
        printer.close(true);
        log.info("{} exported {} enterprises to CSV in {} ms", actor.username(), export.delivered(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<EnterpriseView> chunk(EnterpriseExport export) {
        List<Enterprise> rows = export.next();
        return rows.isEmpty() ? List.of() : views.toViews(rows);
    }

    /** One row, in the order of {@link #HEADINGS}; enumerations in words, which the import reads back. */
    private List<String> cells(EnterpriseView e, Locale locale) {
        return List.of(e.creditCode(), e.name(), e.divisionCode(), nullToEmpty(e.divisionName()), e.address(),
                label("sector." + e.sector(), locale), features(e, locale), String.valueOf(e.employees()),
                label("riskGrade." + e.riskGrade(), locale),
                label("standardizationGrade." + e.standardizationGrade(), locale),
                String.valueOf(e.majorHazardSources()), label("status." + e.status(), locale),
                e.department() == null ? "" : nullToEmpty(e.department().name()), nullToEmpty(e.townshipName()));
    }

    /** The features in words, 、-separated, as the import reads them back; empty for none. */
    private String features(EnterpriseView e, Locale locale) {
        return String.join("、", e.features().stream().map(f -> label("feature." + f, locale)).toList());
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void attachment(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8).build().toString());
    }
}
