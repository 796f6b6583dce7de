package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.EnterpriseService;
import cn.safety.enforcement.domain.enterprise.ImportReport;
import cn.safety.enforcement.domain.enterprise.ImportRow;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bulk import (all or nothing, with a row-by-row report) and its templates. */
@Controller
class EnterpriseImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EnterpriseService enterprises;
    private final EnterpriseSheet sheet;

    EnterpriseImportController(EnterpriseService enterprises, EnterpriseSheet sheet) {
        this.enterprises = enterprises;
        this.sheet = sheet;
    }

    @GetMapping("/enterprises/import")
    String form() {
        return "enterprises/import";
    }

    @PostMapping("/enterprises/import")
    String upload(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new RuleViolation.Problem("file", "import.noFile"));
            return "enterprises/import";
        }
        List<ImportRow> rows;
        try {
            rows = sheet.read(file.getOriginalFilename(), file.getInputStream());
        } catch (RuleViolation v) {
            model.addAttribute("fileError", v.problems().get(0));
            return "enterprises/import";
        }
        ImportReport report = enterprises.importAll(user.actor(), rows);
        model.addAttribute("report", report);
        model.addAttribute("headings", EnterpriseSheet.COLUMNS);
        return "enterprises/import";
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
