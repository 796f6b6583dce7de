package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.accident.ReadingAccidents;
import cn.safety.enforcement.domain.account.OpeningEnterpriseAccount;
import cn.safety.enforcement.web.accident.IncidentsView;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.division.DivisionService;
import cn.safety.enforcement.domain.division.TownshipService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFile;
import cn.safety.enforcement.domain.enterprise.BrowsingEnterprises;
import cn.safety.enforcement.domain.enterprise.ExportingEnterprises;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.ReassigningEnterprise;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RevisingEnterprise;
import cn.safety.enforcement.domain.enterprise.TakingOverEnterprise;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import cn.safety.enforcement.domain.enterprisefile.ReadingEnterpriseFile;
import cn.safety.enforcement.domain.hazard.FindingHazard;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.audit.AuditChanges;
import cn.safety.enforcement.web.error.FormErrors;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.ZoneId;


/** The enterprise registry pages. Each handler binds, makes one service call, and redirects after a change. */
@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    static final int PAGE_SIZE = 20;

    private final FindingHazard findingHazards;
    private final ReadingEnterprises enterprises;
    private final RegisteringEnterprise registering;
    private final RevisingEnterprise revising;
    private final ReassigningEnterprise reassigning;
    private final TakingOverEnterprise takingOver;
    private final DepartmentService departments;
    private final DivisionService divisions;
    private final EnterpriseViews views;
    private final ExportingEnterprises exports;
    private final EnterpriseExportFiles files;
    private final AuditChanges changes;
    private final BrowsingEnterprises browsing;
    private final TownshipService townships;
    private final ReadingAccidents incidents;
    private final OpeningEnterpriseAccount enterpriseAccounts;
    private final ReadingEnterpriseFile timeline;
    private final ZoneId zone;

    EnterpriseController(ReadingEnterprises enterprises, RegisteringEnterprise registering, RevisingEnterprise revising,
                         ReassigningEnterprise reassigning, TakingOverEnterprise takingOver,
                         DepartmentService departments, DivisionService divisions, EnterpriseViews views,
                         ExportingEnterprises exports, EnterpriseExportFiles files, AuditChanges changes,
                         BrowsingEnterprises browsing, TownshipService townships, ReadingAccidents incidents,
                         OpeningEnterpriseAccount enterpriseAccounts, ReadingEnterpriseFile timeline,
                         FindingHazard findingHazards, Clock clock) {
        this.findingHazards = findingHazards;
        this.enterpriseAccounts = enterpriseAccounts;
        this.timeline = timeline;
        this.browsing = browsing;
        this.townships = townships;
        this.incidents = incidents;
        this.zone = clock.getZone();
        this.enterprises = enterprises;
        this.registering = registering;
        this.revising = revising;
        this.reassigning = reassigning;
        this.takingOver = takingOver;
        this.changes = changes;
        this.departments = departments;
        this.divisions = divisions;
        this.views = views;
        this.exports = exports;
        this.files = files;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("features", Feature.values());
        model.addAttribute("riskGrades", RiskGrade.values());
        model.addAttribute("scales", Scale.values());
        model.addAttribute("standardizationGrades", StandardizationGrade.values());
        model.addAttribute("statuses", OperatingStatus.values());
    }

    @GetMapping
    String list(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("search") ListForm search,
                BindingResult ignoredInvalidFilters, Model model) {
        Actor actor = user.actor();
        BrowsingEnterprises.Page slice = browsing.page(actor, search.toFilter(), search.afterId(), search.beforeId(),
                PAGE_SIZE);
        model.addAttribute("items", views.toViews(actor, slice.items()));
        model.addAttribute("next", slice.next());
        model.addAttribute("previous", slice.previous());
        model.addAttribute("total", browsing.total(actor, search.toFilter()));
        int xlsxMaxRows = files.xlsxMaxRows();
        boolean firstPage = slice.previous() == null;
        model.addAttribute("xlsxMaxRows", xlsxMaxRows);
        // worked out on the first page of a list and carried by its "next" link, so that later pages run only their
        // page query
        model.addAttribute("xlsxCut", firstPage ? (slice.next() == null ? slice.items().size() > xlsxMaxRows
                : exports.holdsMoreThan(actor, search.toFilter(), xlsxMaxRows)) : search.isXlsxCut());
        model.addAttribute("departments", departments.visibleTo(actor));
        model.addAttribute("divisions", divisions.withinAreaOf(actor));
        return "enterprises/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal EnforcementUser user, Model model) {
        EnterpriseForm form = new EnterpriseForm();
        var options = divisions.enterpriseLocationsOf(user.actor());
        if (options.size() == 1) {
            form.setDivisionCode(options.get(0).getCode());
        }
        model.addAttribute("form", form);
        return formView(user, model, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") EnterpriseForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return formView(user, model, null);
        }
        try {
            Enterprise e = registering.register(user.actor(), form.getCreditCode(), form.getDivisionCode(),
                    form.getTownshipId(), form.toProfile());
            redirect.addFlashAttribute("flash", "enterprise.created");
            return "redirect:/enterprises/" + e.getId();
        } catch (RuleViolation v) {
            FormErrors.apply(v, result);
            return formView(user, model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) String before, Model model) {
        EnterpriseFile file = enterprises.file(user.actor(), id, 50);
        model.addAttribute("enterprise", views.toView(file.enterprise()));
        model.addAttribute("staffing", file.staffing());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("assignments", views.assignmentViews(file.enterprise(), file.assignments(),
                username -> changes.who(username, file.historyNames(), locale)));
        model.addAttribute("history", changes.rows(file.history(), file.historyNames()));
        model.addAttribute("can", file.permissions());
        model.addAttribute("mayFindHazard", findingHazards.mayFind(user.actor(), file.enterprise()));
        // the accidents and duty findings are aggregates of their own, read under the same jurisdiction
        model.addAttribute("incidents", IncidentsView.of(incidents.recordOf(user.actor(), id), zone));
        model.addAttribute("enterpriseAccounts", enterpriseAccounts.accountsOf(user.actor(), file.enterprise()));
        // 一企一档: what the other aggregates recorded about the enterprise, as one time line read in one query
        model.addAttribute("timeline", TimelineView.of(timeline.page(user.actor(), id, before,
                ReadingEnterpriseFile.DEFAULT_PAGE), id, before, zone, !user.actor().isEnterprise()));
        return "enterprises/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        Enterprise e = enterprises.getToRevise(user.actor(), id);
        model.addAttribute("form", EnterpriseForm.of(e));
        return formView(user, model, e);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @ModelAttribute("form") EnterpriseForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                revising.revise(user.actor(), id, form.getVersion() == null ? -1 : form.getVersion(),
                        form.getDivisionCode(), form.getTownshipId(), form.toProfile());
                redirect.addFlashAttribute("flash", "enterprise.updated");
                return "redirect:/enterprises/" + id;
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            } catch (StaleVersion stale) {
                FormErrors.stale(result);
            }
        }
        return formView(user, model, enterprises.get(user.actor(), id));
    }

    @GetMapping("/{id}/jurisdiction")
    String jurisdictionForm(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        Enterprise e = enterprises.get(user.actor(), id);
        JurisdictionForm form = new JurisdictionForm();
        form.setVersion(e.getVersion());
        model.addAttribute("form", form);
        return jurisdictionView(user, e, model);
    }

    @PostMapping("/{id}/reassign")
    String reassign(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @ModelAttribute("form") JurisdictionForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        return changeJurisdiction(user, id, form, result, model, redirect, true);
    }

    @PostMapping("/{id}/take-over")
    String takeOver(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @ModelAttribute("form") JurisdictionForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        return changeJurisdiction(user, id, form, result, model, redirect, false);
    }

    private String changeJurisdiction(EnforcementUser user, long id, JurisdictionForm form, BindingResult result,
                                      Model model, RedirectAttributes redirect, boolean reassign) {
        Enterprise e = enterprises.get(user.actor(), id);
        model.addAttribute("mode", reassign ? "reassign" : "takeOver");
        if (form.getBack() != null) {
            return jurisdictionView(user, e, model);
        }
        if (!result.hasErrors() && !form.isConfirmed()) {
            return confirmation(user, e, form, result, model, redirect, reassign);
        }
        if (!result.hasErrors()) {
            try {
                Enterprise done = reassign
                        ? reassigning.reassign(user.actor(), id, seen(form), form.getDepartmentId(), form.getReason())
                        : takingOver.takeOver(user.actor(), id, seen(form), form.getReason());
                redirect.addFlashAttribute("flash", reassign ? "enterprise.reassigned.named" : "enterprise.takenOver.named");
                redirect.addFlashAttribute("flashArgs", new Object[] {done.getName(),
                        views.toView(done).department().name()});
                return "redirect:/enterprises/" + id;
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            } catch (StaleVersion stale) {
                FormErrors.stale(result);
            }
        }
        return jurisdictionView(user, e, model);
    }

    /**
     * Before a change of jurisdiction is made, the page says what will be done (which enterprise, from which department
     * to which, for what reason) and asks to confirm it. A request that cannot succeed (the user may not make it, the
     * reason is missing or not acceptable, the target is not one offered) goes straight to the service, whose refusal
     * is shown beside the field as before: nothing is asked to be confirmed that would then be refused.
     */
    private String confirmation(EnforcementUser user, Enterprise e, JurisdictionForm form, BindingResult result,
                                Model model, RedirectAttributes redirect, boolean reassign) {
        var can = enterprises.permissionsOn(user.actor(), e);
        String reason = form.getReason();
        boolean reasonFine = reason != null && !reason.isBlank() && reason.strip().length() <= 500
                && !cn.safety.enforcement.domain.Text.hasControlCharacters(reason);
        String target = !reassign ? user.departmentName()
                : enterprises.reassignmentTargets(user.actor(), e).stream()
                        .filter(d -> d.getId().equals(form.getDepartmentId())).map(d -> d.getName()).findFirst()
                        .orElse(null);
        if (!(reassign ? can.reassign() : can.takeOver()) || !reasonFine || target == null) {
            form.setConfirmed(true);
            return changeJurisdiction(user, e.getId(), form, result, model, redirect, reassign);
        }
        model.addAttribute("enterprise", views.toView(e));
        model.addAttribute("target", target);
        model.addAttribute("form", form);
        return "enterprises/jurisdiction-confirm";
    }

    /** A page form always carries the version it was opened on; one without is treated as stale. */
    private static long seen(JurisdictionForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }

    private String jurisdictionView(EnforcementUser user, Enterprise e, Model model) {
        model.addAttribute("enterprise", views.toView(e));
        model.addAttribute("can", enterprises.permissionsOn(user.actor(), e));
        model.addAttribute("targets", enterprises.reassignmentTargets(user.actor(), e));
        if (!model.containsAttribute("mode")) {
            model.addAttribute("mode", "");
        }
        return "enterprises/jurisdiction";
    }

    /**
     * The townships of a county, for the form's township list when the county changes (the page's script asks; without
     * it the form shows the county's townships once it comes back). Reference data, like the division names.
     */
    @GetMapping(value = "/townships", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.List<cn.safety.enforcement.web.division.TownshipView> townshipsOf(
            @org.springframework.web.bind.annotation.RequestParam(required = false) String divisionCode) {
        return cn.safety.enforcement.web.division.TownshipView.of(townships.of(divisionCode));
    }

    private String formView(EnforcementUser user, Model model, Enterprise existing) {
        model.addAttribute("divisions", divisions.enterpriseLocationsOf(user.actor()));
        Object form = model.getAttribute("form");
        String county = form instanceof EnterpriseForm f ? f.getDivisionCode() : null;
        model.addAttribute("townships", cn.safety.enforcement.web.division.TownshipView.of(townships.of(county)));
        model.addAttribute("enterprise", existing == null ? null : views.toView(existing));
        return "enterprises/form";
    }
}
