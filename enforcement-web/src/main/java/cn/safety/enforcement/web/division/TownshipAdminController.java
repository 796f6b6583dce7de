package cn.safety.enforcement.web.division;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.TownshipKind;
import cn.safety.enforcement.domain.division.TownshipService;
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
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/** 乡镇/街道 admin: choose a county of the own area, see its townships, add one, rename one (with its kind). */
@Controller
@RequestMapping("/admin/townships")
class TownshipAdminController {

    private final TownshipService townships;
    private final DivisionMapper divisions;

    TownshipAdminController(TownshipService townships, DivisionMapper divisions) {
        this.townships = townships;
        this.divisions = divisions;
    }

    @GetMapping
    String list(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String county,
                Model model) {
        TownshipForm form = new TownshipForm();
        form.setDivisionCode(county);
        form.setKind(TownshipKind.TOWN.name());
        model.addAttribute("form", form);
        return view(user, county, model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") TownshipForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Township t = townships.establish(user.actor(), form.getDivisionCode(), form.getName(),
                    form.getKind(), form.getCode());
            redirect.addFlashAttribute("flash", "admin.townships.added");
            redirect.addFlashAttribute("flashArgs", new Object[] {t.getName()});
            return redirectTo(t.getDivisionCode());
        } catch (RuleViolation v) {
            FormErrors.apply(v, result);
        }
        return view(user, form.getDivisionCode(), model);
    }

    @PostMapping("/{id}/rename")
    String rename(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @ModelAttribute("renameForm") TownshipForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            Township t = townships.rename(user.actor(), id, form.getVersion() == null ? -1 : form.getVersion(),
                    form.getName(), form.getKind());
            redirect.addFlashAttribute("flash", "admin.townships.renamed");
            redirect.addFlashAttribute("flashArgs", new Object[] {t.getName()});
            return redirectTo(t.getDivisionCode());
        } catch (RuleViolation v) {
            FormErrors.apply(v, result);
        } catch (StaleVersion stale) {
            FormErrors.stale(result);
        }
        model.addAttribute("renamingId", id);
        TownshipForm blank = new TownshipForm();
        blank.setDivisionCode(form.getDivisionCode());
        blank.setKind(TownshipKind.TOWN.name());
        model.addAttribute("form", blank);
        return view(user, form.getDivisionCode(), model);
    }

    private String view(EnforcementUser user, String county, Model model) {
        List<Division> counties = townships.countiesOf(user.actor());
        model.addAttribute("counties", divisions.toViews(counties));
        model.addAttribute("kinds", TownshipKind.values());
        String chosen = county == null || county.isBlank() ? null : county.strip();
        model.addAttribute("county", chosen);
        model.addAttribute("countyName", counties.stream().filter(d -> d.getCode().equals(chosen))
                .map(Division::getName).findFirst().orElse(chosen));
        model.addAttribute("townships", chosen == null ? List.of()
                : TownshipView.of(townships.toAdminister(user.actor(), chosen)));
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new TownshipForm());
        }
        if (!model.containsAttribute("renamingId")) {
            model.addAttribute("renamingId", -1L);
        }
        return "admin/townships";
    }

    private static String redirectTo(String county) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/townships").queryParam("county", county)
                .build().toUriString();
    }
}
