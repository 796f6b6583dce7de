package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.enterprise.DesignatingJurisdiction;
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

/** The 指定管辖 page: the admin of the common upper department picks the department, gives reason and document. */
@Controller
@RequestMapping("/enterprises/{id}/designation")
class DesignationController {

    private final DesignatingJurisdiction designating;
    private final EnterpriseViews views;

    DesignationController(DesignatingJurisdiction designating, EnterpriseViews views) {
        this.designating = designating;
        this.views = views;
    }

    @GetMapping
    String form(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        DesignatingJurisdiction.Choice choice = designating.choiceFor(user.actor(), id);
        DesignationForm form = new DesignationForm();
        form.setVersion(choice.enterprise().getVersion());
        model.addAttribute("form", form);
        return view(choice, model);
    }

    @PostMapping
    String designate(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                     @ModelAttribute("form") DesignationForm form, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            if (!form.isConfirmed()) {
                result.rejectValue("confirmed", "designation.confirm.required");
            } else {
                try {
                    designating.designate(user.actor(), id, form.getVersion() == null ? -1L : form.getVersion(),
                            form.getDepartmentId(), form.getReason(), form.getDocumentNumber());
                    redirect.addFlashAttribute("flash", "enterprise.designated");
                    return "redirect:/enterprises/" + id;
                } catch (RuleViolation v) {
                    FormErrors.apply(v, result);
                } catch (StaleVersion stale) {
                    FormErrors.stale(result);
                }
            }
        }
        return view(designating.choiceFor(user.actor(), id), model);
    }

    private String view(DesignatingJurisdiction.Choice choice, Model model) {
        model.addAttribute("enterprise", views.toView(choice.enterprise()));
        model.addAttribute("allowed", choice.allowed());
        model.addAttribute("targets", choice.targets());
        return "enterprises/designation";
    }
}
