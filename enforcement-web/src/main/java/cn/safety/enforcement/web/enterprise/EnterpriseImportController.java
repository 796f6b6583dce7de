package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.EnterpriseService;
import cn.safety.enforcement.domain.enterprise.EnterpriseSlice;
import cn.safety.enforcement.domain.enterprise.ImportingEnterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Bulk import (all or nothing, with the first rejected rows on the page and the whole report to download) and the XLSX
 * export of the list as filtered.
 */
@Controller
class EnterpriseImportController {

    static final int MAX_EXPORT = 100_000;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EnterpriseService enterprises;
    private final ImportingEnterprises importing;
    private final EnterpriseSheet sheet;
    private final EnterpriseViews views;
    private final MessageSource messages;

    EnterpriseImportController(EnterpriseService enterprises, ImportingEnterprises importing, EnterpriseSheet sheet,
                               EnterpriseViews views, MessageSource messages) {
        this.enterprises = enterprises;
        this.importing = importing;
        this.sheet = sheet;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/enterprises/import")
    String form() {
        return "enterprises/import";
    }

    /**
     * Streams the uploaded file (kept on disk by the multipart support) through the import: the rows are read, checked
     * and written as they come, and every rejection goes to a temporary file that becomes the downloadable report.
     */
    @PostMapping("/enterprises/import")
    String upload(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
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

    @GetMapping("/enterprises/import/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() throws IOException {
        return download(sheet.xlsxTemplate(), XLSX, "企业导入模板.xlsx");
    }

    @GetMapping("/enterprises/import/template.csv")
    ResponseEntity<byte[]> csvTemplate() throws IOException {
        return download(sheet.csvTemplate(), new MediaType("text", "csv", StandardCharsets.UTF_8), "企业导入模板.csv");
    }

    @GetMapping("/enterprises/export.xlsx")
    void export(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("search") ListForm search,
                BindingResult ignoredInvalidFilters, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("企业档案.xlsx", StandardCharsets.UTF_8).build().toString());
        sheet.writeXlsx(() -> pages(user.actor(), search.toFilter()), response.getOutputStream(),
                LocaleContextHolder.getLocale());
    }

    /** Walks the list page by page with the keyset cursor, within the user's scope, up to {@link #MAX_EXPORT} rows. */
    private Iterator<List<EnterpriseView>> pages(Actor actor, EnterpriseFilter filter) {
        return new Iterator<>() {
            private String cursor;
            private boolean done;
            private int rows;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public List<EnterpriseView> next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                EnterpriseSlice slice = enterprises.list(actor, filter, cursor, EnterpriseService.MAX_PAGE);
                cursor = slice.next();
                rows += slice.items().size();
                done = cursor == null || rows >= MAX_EXPORT;
                return views.toViews(slice.items());
            }
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
