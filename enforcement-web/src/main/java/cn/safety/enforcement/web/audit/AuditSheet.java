package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.AuditPage;
import cn.safety.enforcement.domain.audit.AuditService;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filtered record as an .xlsx, as the page reads it: time, who, what, object and changes in words, one row per
 * entry, newest first, at most {@link AuditService#MAX_EXPORT} rows (a last line says when the file was cut).
 */
@Component
class AuditSheet {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditChanges changes;
    private final MessageSource messages;
    private final Clock clock;

    AuditSheet(AuditChanges changes, MessageSource messages, Clock clock) {
        this.changes = changes;
        this.messages = messages;
        this.clock = clock;
    }

    void write(List<AuditPage> pages, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("admin.audit.title", null, locale);
        response.setContentType(XLSX_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(title);
            List<String> headings = List.of("#", messages.getMessage("history.when", null, locale),
                    messages.getMessage("history.who", null, locale), messages.getMessage("history.what", null, locale),
                    messages.getMessage("audit.type", null, locale), messages.getMessage("field.object", null, locale),
                    messages.getMessage("history.changes", null, locale));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
            }
            int r = 1;
            for (AuditPage page : pages) {
                for (AuditChanges.Row row : changes.rows(page.entries(), page.names())) {
                    Row out = sheet.createRow(r++);
                    out.createCell(0).setCellValue(row.entry().id());
                    out.createCell(1).setCellValue(TIME.format(row.entry().occurredAt().atZone(clock.getZone())));
                    out.createCell(2).setCellValue(row.who());
                    out.createCell(3).setCellValue(row.event());
                    out.createCell(4).setCellValue(row.objectType());
                    out.createCell(5).setCellValue(row.object());
                    out.createCell(6).setCellValue(row.changes().stream()
                            .map(c -> c.label() + "：" + (c.before() == null ? "" : c.before() + " → ") + c.after())
                            .collect(Collectors.joining("\n")));
                }
            }
            if (r - 1 >= AuditService.MAX_EXPORT) {
                sheet.createRow(r).createCell(0).setCellValue(
                        messages.getMessage("admin.audit.export.cut", new Object[]{AuditService.MAX_EXPORT}, locale));
            }
            wb.write(response.getOutputStream());
            wb.dispose();
        }
    }
}
