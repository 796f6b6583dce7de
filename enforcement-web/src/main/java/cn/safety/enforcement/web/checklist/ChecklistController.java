package cn.safety.enforcement.web.checklist;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistItemDraft;
import cn.safety.enforcement.domain.checklist.ChecklistStatus;
import cn.safety.enforcement.domain.checklist.DraftingChecklist;
import cn.safety.enforcement.domain.checklist.EditingChecklistItems;
import cn.safety.enforcement.domain.checklist.PuttingChecklistInForce;
import cn.safety.enforcement.domain.checklist.ReadingChecklists;
import cn.safety.enforcement.domain.checklist.RetiringChecklist;
import cn.safety.enforcement.domain.checklist.RevisingChecklist;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * 执法检查重点事项清单 pages: the lists (every signed-in user reads them, and admins find them under /admin), one
 * version with its items and its other versions, the export of its items; for province-level admins, drafting a list
 * or a new version, editing a draft's heading and items (typed, or imported from the sheet), putting it in force and
 * retiring a list. Each POST makes one service call; a refusal shows the form again with what was typed.
 */
@Controller
class ChecklistController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReadingChecklists reading;
    private final DraftingChecklist drafting;
    private final RevisingChecklist revising;
    private final EditingChecklistItems editing;
    private final PuttingChecklistInForce putting;
    private final RetiringChecklist retiring;

    ChecklistController(ReadingChecklists reading, DraftingChecklist drafting, RevisingChecklist revising,
                        EditingChecklistItems editing, PuttingChecklistInForce putting, RetiringChecklist retiring) {
        this.reading = reading;
        this.drafting = drafting;
        this.revising = revising;
        this.editing = editing;
        this.putting = putting;
        this.retiring = retiring;
    }

    @GetMapping({"/checklists", "/admin/checklists"})
    String list(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Sector sector,
                @RequestParam(required = false) Feature feature, @RequestParam(required = false) ChecklistStatus status,
                Model model) {
        return listPage(user, sector, feature, status, new ChecklistHeadingForm(), model);
    }

    /** 起草新清单: a new list, version 1, without items yet; its page for editing comes next. */
    @PostMapping("/admin/checklists")
    String draft(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") ChecklistHeadingForm form,
                 Model model, RedirectAttributes redirect) {
        try {
            Checklist saved = drafting.draft(user.actor(), form.heading(), List.of());
            redirect.addFlashAttribute("flash", "checklist.flash.drafted");
            return "redirect:/admin/checklists/" + saved.getId() + "/edit";
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
        }
        return listPage(user, null, null, null, form, model);
    }

    @GetMapping("/checklists/{id}")
    String detail(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        Checklist checklist = reading.get(id);
        LocalDate today = reading.today();
        model.addAttribute("checklist", ChecklistViews.view(checklist, today));
        model.addAttribute("items", checklist.getItems().stream().map(ChecklistViews::view).toList());
        model.addAttribute("versions", reading.versionsOf(checklist).stream()
                .map(c -> ChecklistViews.view(c, today)).toList());
        model.addAttribute("mayMaintain", reading.mayMaintain(user.actor()));
        model.addAttribute("today", today);
        return "checklists/detail";
    }

    @GetMapping("/checklists/{id}/items.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
        Checklist checklist = reading.get(id);
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("checklist-" + checklist.getCode() + "-v"
                                + checklist.getVersion() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(ChecklistSheet.write(checklist));
    }

    /** 修订: the next version as a draft holding a copy of this one's items. */
    @PostMapping("/admin/checklists/{id}/versions")
    String draftNextVersion(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                            @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(confirmed)) {
            return refused(redirect, "/checklists/" + id, "checklist.confirm.required");
        }
        return step(redirect, "/checklists/" + id, "checklist.flash.versionDrafted",
                () -> "/admin/checklists/" + drafting.draftNextVersion(user.actor(), id).getId() + "/edit");
    }

    @GetMapping("/admin/checklists/{id}/edit")
    String edit(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        Checklist checklist = reading.getToEdit(user.actor(), id);
        if (checklist.getStatus() != ChecklistStatus.DRAFT) {
            return "redirect:/checklists/" + id;
        }
        return editPage(checklist, ChecklistHeadingForm.of(checklist), ChecklistItemsForm.of(checklist), model);
    }

    @PostMapping("/admin/checklists/{id}/heading")
    String revise(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @ModelAttribute("heading") ChecklistHeadingForm form, Model model, RedirectAttributes redirect) {
        return onEditPage(user, id, form, null, model, redirect, "checklist.flash.revised",
                () -> revising.revise(user.actor(), id, form.getVersion() == null ? -1 : form.getVersion(),
                        form.heading()));
    }

    @PostMapping("/admin/checklists/{id}/items")
    String editItems(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                     @ModelAttribute("itemsForm") ChecklistItemsForm form, Model model, RedirectAttributes redirect) {
        return onEditPage(user, id, null, form.filled(), model, redirect, "checklist.flash.itemsRevised",
                () -> editing.replaceItems(user.actor(), id, form.getVersion(), form.drafts(), null));
    }

    /** 导入: the sheet's rows replace the draft's items, all or nothing. */
    @PostMapping("/admin/checklists/{id}/import")
    String importItems(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                       @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long version,
                       Model model, RedirectAttributes redirect) {
        return onEditPage(user, id, null, null, model, redirect, "checklist.flash.imported",
                () -> editing.replaceItems(user.actor(), id, version, read(file),
                        file.getOriginalFilename() == null ? "items.xlsx" : file.getOriginalFilename()));
    }

    /** 施行: the draft applies from the date given; the version before it up to that date. */
    @PostMapping("/admin/checklists/{id}/put-in-force")
    String putInForce(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                      LocalDate effectiveFrom, @RequestParam(required = false) Long version,
                      @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(confirmed)) {
            return refused(redirect, "/checklists/" + id, "checklist.confirm.required");
        }
        return step(redirect, "/checklists/" + id, "checklist.flash.putInForce", () -> {
            putting.putInForce(user.actor(), id, version == null ? -1 : version, effectiveFrom);
            return "/checklists/" + id;
        });
    }

    /** 废止: the list stops applying from the date given, with the reason. */
    @PostMapping("/admin/checklists/{id}/retire")
    String retire(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate effectiveUntil, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) Boolean confirmed,
                  RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(confirmed)) {
            return refused(redirect, "/checklists/" + id, "checklist.confirm.required");
        }
        return step(redirect, "/checklists/" + id, "checklist.flash.retired", () -> {
            retiring.retire(user.actor(), id, version == null ? -1 : version, effectiveUntil, reason);
            return "/checklists/" + id;
        });
    }

    private String listPage(EnforcementUser user, Sector sector, Feature feature, ChecklistStatus status,
                            ChecklistHeadingForm form, Model model) {
        LocalDate today = reading.today();
        model.addAttribute("checklists", reading.list(sector, feature, status).stream()
                .map(c -> ChecklistViews.view(c, today)).toList());
        model.addAttribute("sector", sector);
        model.addAttribute("feature", feature);
        model.addAttribute("status", status);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("features", Feature.values());
        model.addAttribute("statuses", ChecklistStatus.values());
        model.addAttribute("mayMaintain", reading.mayMaintain(user.actor()));
        model.addAttribute("form", form);
        return "checklists/list";
    }

    private String editPage(Checklist checklist, ChecklistHeadingForm heading, ChecklistItemsForm items, Model model) {
        model.addAttribute("checklist", ChecklistViews.view(checklist, reading.today()));
        model.addAttribute("heading", heading);
        model.addAttribute("itemsForm", items);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("features", Feature.values());
        return "checklists/edit";
    }

    /**
     * Runs the one command of the edit page; a refusal shows the page again with the problems, keeping what was typed
     * (the heading or the items submitted) and the stored state for the rest.
     */
    private String onEditPage(EnforcementUser user, long id, ChecklistHeadingForm heading, ChecklistItemsForm items,
                              Model model, RedirectAttributes redirect, String flash, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/admin/checklists/" + id + "/edit";
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
        } catch (StaleVersion stale) {
            model.addAttribute("problems", List.of(new RuleViolation.Problem(null, "error.stale")));
        }
        Checklist checklist = reading.getToEdit(user.actor(), id);
        if (checklist.getStatus() != ChecklistStatus.DRAFT) {
            redirect.addFlashAttribute("problems", model.getAttribute("problems"));
            return "redirect:/checklists/" + id;
        }
        return editPage(checklist, heading != null ? heading : ChecklistHeadingForm.of(checklist),
                items != null ? items : ChecklistItemsForm.of(checklist), model);
    }

    private static List<ChecklistItemDraft> read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolation("file", "import.noFile");
        }
        if (file.getSize() > ChecklistSheet.MAX_BYTES) {
            throw new RuleViolation("file", "checklist.sheet.tooLarge", String.valueOf(ChecklistSheet.MAX_BYTES / 1024));
        }
        try (InputStream in = file.getInputStream()) {
            return ChecklistSheet.read(in);
        } catch (IOException e) {
            throw new RuleViolation("file", "checklist.sheet.unreadable");
        }
    }

    /** Runs the one command; a refusal goes back to {@code back} with its messages, nothing saved. */
    private static String step(RedirectAttributes redirect, String back, String flash, Supplier<String> command) {
        try {
            String target = command.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:" + target;
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("problems", v.problems());
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("problems", List.of(new RuleViolation.Problem(null, "error.stale")));
        }
        return "redirect:" + back;
    }

    private static String refused(RedirectAttributes redirect, String back, String code) {
        redirect.addFlashAttribute("problems", List.of(new RuleViolation.Problem("confirmed", code)));
        return "redirect:" + back;
    }
}
