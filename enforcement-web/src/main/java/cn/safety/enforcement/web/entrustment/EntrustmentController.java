package cn.safety.enforcement.web.entrustment;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.EntrustingEnforcement;
import cn.safety.enforcement.domain.jurisdiction.Rights;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 委托执法 admin page: the entrustments of the own area, a form to entrust, and ending one with a reason. */
@Controller
@RequestMapping("/admin/entrustments")
class EntrustmentController {

    private final EntrustingEnforcement entrusting;
    private final EntrustmentViews views;

    EntrustmentController(EntrustingEnforcement entrusting, EntrustmentViews views) {
        this.entrusting = entrusting;
        this.views = views;
    }

    @GetMapping
    String list(@AuthenticationPrincipal EnforcementUser user, Model model) {
        model.addAttribute("form", new EntrustmentForm());
        return view(user, model);
    }

    @PostMapping
    String entrust(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") EntrustmentForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                entrusting.entrust(user.actor(), new EntrustingEnforcement.Request(form.getOrganisationName(),
                        form.getTownshipId(), form.getValidFrom(), form.getValidUntil(), form.getDocumentNumber()));
                redirect.addFlashAttribute("flash", "entrustment.created");
                return "redirect:/admin/entrustments";
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            } catch (OutOfJurisdiction refused) {
                result.reject(refused.messageCode(), refused.messageCode());
            }
        }
        return view(user, model);
    }

    @PostMapping("/{id}/end")
    String end(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
               @ModelAttribute("endForm") EndForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!form.isConfirmed()) {
            result.rejectValue("confirmed", "entrustment.end.confirm.required");
        } else {
            try {
                entrusting.end(user.actor(), id, form.getVersion() == null ? -1L : form.getVersion(),
                        form.getReason());
                redirect.addFlashAttribute("flash", "entrustment.ended");
                return "redirect:/admin/entrustments";
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            } catch (StaleVersion stale) {
                FormErrors.stale(result);
            }
        }
        model.addAttribute("form", new EntrustmentForm());
        model.addAttribute("endingId", id);
        return view(user, model);
    }

    private String view(EnforcementUser user, Model model) {
        model.addAttribute("entrustments", views.toViews(user.actor(), entrusting.list(user.actor())));
        model.addAttribute("townships", EntrustmentViews.townshipViews(entrusting.entrustableTownships(user.actor())));
        model.addAttribute("mayEntrust", Rights.entrusts(user.actor()));
        model.addAttribute("entrusted", user.actor().entrusted());
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm());
        }
        if (!model.containsAttribute("endingId")) {
            model.addAttribute("endingId", -1L);
        }
        return "admin/entrustments";
    }
}
