package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.calendar.CalendarYear;
import cn.safety.enforcement.domain.calendar.ConsultingCalendar;
import cn.safety.enforcement.domain.calendar.DayArrangement;
import cn.safety.enforcement.domain.calendar.EnteringCalendarYear;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 工作日历 admin: the entered years, a year's days month by month, and, for province-level admins, entering a year from
 * its notice (typed lines or an XLSX sheet) or replacing one with a reason.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int EMPTY_LINES = 6;

    private final ConsultingCalendar calendar;
    private final EnteringCalendarYear entering;
    private final Clock clock;

    CalendarAdminController(ConsultingCalendar calendar, EnteringCalendarYear entering, Clock clock) {
        this.calendar = calendar;
        this.entering = entering;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Integer year,
                Model model) {
        int shown = year != null && year >= CalendarYear.FIRST_YEAR && year <= CalendarYear.LAST_YEAR
                ? year : LocalDate.now(clock).getYear();
        return page(user, shown, null, model);
    }

    /** Enters a year from the typed lines, or replaces it when the admin explicitly chose to, with a reason. */
    @PostMapping("/years")
    String enter(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") CalendarForm form,
                 Model model, RedirectAttributes redirect) {
        return submit(user, form, model, redirect, form::typedLines);
    }

    /** The same from an XLSX sheet of single days (日期, 类型, 名称). */
    @PostMapping("/years/upload")
    String upload(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") CalendarForm form,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return submit(user, form, model, redirect, () -> read(file));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() throws IOException {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("工作日历导入模板.xlsx", StandardCharsets.UTF_8).build()
                                .toString())
                .body(CalendarSheet.template());
    }

    private String submit(EnforcementUser user, CalendarForm form, Model model, RedirectAttributes redirect,
                          Supplier<List<DayArrangement>> lines) {
        try {
            CalendarYear saved = entering.enter(user.actor(), form.toEntry(lines.get()));
            redirect.addFlashAttribute("flash", form.isReplace() ? "admin.calendar.replaced" : "admin.calendar.entered");
            return "redirect:/admin/calendar?year=" + saved.getYear();
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
        } catch (StaleVersion stale) {
            model.addAttribute("problems", List.of(new RuleViolation.Problem(null, "error.stale")));
        }
        int year = form.getYear() != null && form.getYear() >= CalendarYear.FIRST_YEAR
                && form.getYear() <= CalendarYear.LAST_YEAR ? form.getYear() : LocalDate.now(clock).getYear();
        return page(user, year, form.padded(EMPTY_LINES), model);
    }

    private static List<DayArrangement> read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolation("file", "import.noFile");
        }
        if (file.getSize() > CalendarSheet.MAX_BYTES) {
            throw new RuleViolation("file", "calendar.sheet.tooLarge", String.valueOf(CalendarSheet.MAX_BYTES / 1024));
        }
        try (InputStream in = file.getInputStream()) {
            return CalendarSheet.read(in);
        } catch (IOException e) {
            throw new RuleViolation("file", "calendar.sheet.unreadable");
        }
    }

    private String page(EnforcementUser user, int year, CalendarForm submitted, Model model) {
        Optional<CalendarYear> entered = calendar.year(year);
        model.addAttribute("years", calendar.years());
        model.addAttribute("year", year);
        model.addAttribute("entered", entered.orElse(null));
        model.addAttribute("months", MonthGrid.of(calendar.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        model.addAttribute("mayEnter", calendar.mayEnter(user.actor()));
        model.addAttribute("form", submitted != null ? submitted : CalendarForm.of(year,
                entered.map(CalendarYear::getNotice).orElse(null), entered.map(CalendarYear::arrangements).orElse(List.of()),
                entered.map(CalendarYear::getVersion).orElse(null), entered.isPresent() ? EMPTY_LINES : 16));
        return "admin/calendar";
    }
}
