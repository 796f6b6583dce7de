package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import cn.safety.enforcement.domain.enterprise.ImportingEnterprises;
import cn.safety.enforcement.web.security.EnforcementUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Bulk import (all or nothing, with the first rejected rows on the page and the whole report to download) and its
 * templates. The exports of the list live with the list ({@code EnterpriseController}).
 */
@Controller
class EnterpriseImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportingEnterprises importing;
    private final EnterpriseSheet sheet;
    private final MessageSource messages;

    EnterpriseImportController(ImportingEnterprises importing, EnterpriseSheet sheet, MessageSource messages) {
        this.importing = importing;
        this.sheet = sheet;
        this.messages = messages;
    }

    @GetMapping("/enterprises/import")
    String form(@AuthenticationPrincipal EnforcementUser user) {
        Rights.requireImports(user.actor());
        return "enterprises/import";
    }

    /**
     * Streams the uploaded file (kept on disk by the multipart support) through the import: the rows are read, checked
     * and written as they come, and every rejection goes to a temporary file that becomes the downloadable report.
     */
    @PostMapping("/enterprises/import")
    String upload(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
        // an entrusted organisation is refused before its file is read
        Rights.requireImports(user.actor());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new RuleViolation.Problem("file", "import.noFile"));
            return "enterprises/import";
        }
        try (EnterpriseSheet.Rows rows = sheet.open(file.getOriginalFilename(), file);
             CsvRejectionLog log = new CsvRejectionLog(messages, LocaleContextHolder.getLocale(),
                     EnterpriseSheet.COLUMNS)) {
            model.addAttribute("report", importing.importAll(user.actor(), rows, log));
        } catch (RuleViolation v) {
            model.addAttribute("fileError", v.problems().get(0));
            return "enterprises/import";
        }
        model.addAttribute("headings", EnterpriseSheet.COLUMNS);
        return "enterprises/import";
    }

    /** The whole error report of the user's own rejected import, as CSV (row, column, value, message). */
    @GetMapping("/enterprises/import/reports/{id}.csv")
    void report(@AuthenticationPrincipal EnforcementUser user, @PathVariable String id, HttpServletResponse response) {
        importing.readReport(user.actor(), id, gzipped -> {
            response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("导入错误报告.csv", StandardCharsets.UTF_8).build().toString());
            try (InputStream csv = new GZIPInputStream(gzipped)) {
                csv.transferTo(response.getOutputStream());
            }
        });
    }

    /**
     * The same report as an .xlsx workbook, for those who open it in Excel: one row per problem, the row number as a
     * number. Written while the kept CSV is read, a hundred rows in memory at a time.
     */
    @GetMapping("/enterprises/import/reports/{id}.xlsx")
    void xlsxReport(@AuthenticationPrincipal EnforcementUser user, @PathVariable String id,
                    HttpServletResponse response) {
        importing.readReport(user.actor(), id, gzipped -> {
            response.setContentType(XLSX.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("导入错误报告.xlsx", StandardCharsets.UTF_8).build().toString());
            try (InputStream csv = new GZIPInputStream(gzipped);
                 var reader = new java.io.InputStreamReader(csv, StandardCharsets.UTF_8);
                 var parser = org.apache.commons.csv.CSVParser.parse(reader, org.apache.commons.csv.CSVFormat.DEFAULT);
                 var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
                var sheet = wb.createSheet("导入错误报告");
                int r = 0;
                for (var record : parser) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < record.size(); c++) {
                        String value = record.get(c).replace("\uFEFF", "");
                        if (c == 0 && r > 0 && value.matches("\\d{1,9}")) {
                            row.createCell(c).setCellValue(Integer.parseInt(value));
                        } else {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                    r++;
                }
                wb.write(response.getOutputStream());
                wb.dispose();
            }
        });
    }

    @GetMapping("/enterprises/import/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() throws IOException {
        return download(sheet.xlsxTemplate(), XLSX, "企业导入模板.xlsx");
    }

    @GetMapping("/enterprises/import/template.csv")
    ResponseEntity<byte[]> csvTemplate() throws IOException {
        return download(sheet.csvTemplate(), new MediaType("text", "csv", StandardCharsets.UTF_8), "企业导入模板.csv");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
