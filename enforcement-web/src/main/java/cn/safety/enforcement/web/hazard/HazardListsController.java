package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.hazard.ListingHazards;
import cn.safety.enforcement.web.security.EnforcementUser;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * 三清单 (004§11) as pages, by keyset pages of the hazards the user reads, per department and per enterprise, and as
 * XLSX (streamed, a page of hazards at a time, up to {@value #XLSX_MAX} rows).
 */
@Controller
class HazardListsController {

    static final int PAGE = 50;
    static final int XLSX_PAGE = 500;
    static final int XLSX_MAX = 20_000;

    private final ListingHazards listing;
    private final HazardListColumns columns;
    private final DepartmentService departments;
    private final MessageSource messages;
    private final HazardEnterpriseFilter enterpriseFilter;

    HazardListsController(ListingHazards listing, HazardListColumns columns, DepartmentService departments,
                          MessageSource messages, HazardEnterpriseFilter enterpriseFilter) {
        this.enterpriseFilter = enterpriseFilter;
        this.listing = listing;
        this.columns = columns;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/hazards/lists")
    String page(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String kind,
                @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long enterpriseId,
                @RequestParam(required = false) String enterprise, @RequestParam(required = false) Long after,
                Model model) {
        ListingHazards.Kind k = HazardListColumns.kind(kind);
        Locale locale = LocaleContextHolder.getLocale();
        HazardEnterpriseFilter.Decided chosen = enterpriseFilter.decide(user.actor(), enterpriseId, enterprise);
        ListingHazards.Slice slice = chosen.listed()
                ? listing.list(user.actor(), departmentId, chosen.enterpriseId(), after, PAGE)
                : new ListingHazards.Slice(List.of(), null);
        List<HazardListColumns.Column> cols = columns.of(k);
        model.addAttribute("kind", k.name());
        model.addAttribute("kinds", ListingHazards.Kind.values());
        model.addAttribute("columns", cols);
        model.addAttribute("lines", slice.lines().stream().map(l -> new Cells(l.id(), cols.stream()
                .map(c -> c.value().apply(l, locale)).toList())).toList());
        model.addAttribute("next", slice.next());
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("enterpriseId", chosen.enterpriseId());
        model.addAttribute("enterpriseFilter", chosen);
        model.addAttribute("departments", departments.visibleTo(user.actor()));
        return "hazards/lists";
    }

    /** A line of a list on the page: the hazard and its cells in the list's columns. */
    record Cells(long id, List<String> values) {
    }

    @GetMapping("/hazards/lists.xlsx")
    void xlsx(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String kind,
              @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long enterpriseId,
              HttpServletResponse response) throws IOException {
        ListingHazards.Kind k = HazardListColumns.kind(kind);
        Locale locale = LocaleContextHolder.getLocale();
        List<HazardListColumns.Column> cols = columns.of(k);
        ListingHazards.Slice first = listing.list(user.actor(), departmentId, enterpriseId, null, XLSX_PAGE);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("hazards-" + k.name().toLowerCase(Locale.ROOT) + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            String title = messages.getMessage("hazard.lists.kind." + k.name(), null, k.name(), locale);
            Sheet sheet = book.createSheet(title);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < cols.size(); c++) {
                head.createCell(c).setCellValue(messages.getMessage(cols.get(c).label(), null, cols.get(c).name(),
                        locale));
                head.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            ListingHazards.Slice slice = first;
            while (true) {
                for (ListingHazards.Line line : slice.lines()) {
                    if (r > XLSX_MAX) {
                        break;
                    }
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cols.size(); c++) {
                        row.createCell(c).setCellValue(cols.get(c).value().apply(line, locale));
                    }
                }
                if (slice.next() == null || r > XLSX_MAX) {
                    break;
                }
                slice = listing.list(user.actor(), departmentId, enterpriseId, slice.next(), XLSX_PAGE);
            }
            book.write(response.getOutputStream());
            book.dispose();
        }
    }

}
