package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.inspection.AddingExpert;
import cn.safety.enforcement.domain.inspection.ReadingExperts;
import cn.safety.enforcement.domain.inspection.RetiringExpert;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department's expert pool (执法+专家): read by its users, kept by its admins and supervisors. */
@Controller
class ExpertController {

    private final AddingExpert adding;
    private final RetiringExpert retiring;
    private final ReadingExperts reading;

    ExpertController(AddingExpert adding, RetiringExpert retiring, ReadingExperts reading) {
        this.adding = adding;
        this.retiring = retiring;
        this.reading = reading;
    }

    @GetMapping("/experts")
    String pool(@AuthenticationPrincipal EnforcementUser user, Model model) {
        model.addAttribute("experts", reading.pool(user.actor()));
        model.addAttribute("mayKeep", AddingExpert.keepsPool(user.actor()));
        return "inspections/experts";
    }

    @PostMapping("/experts")
    String add(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String name,
               @RequestParam(required = false) String speciality,
               @RequestParam(required = false) String organisation, Model model, RedirectAttributes redirect) {
        try {
            adding.add(user.actor(), name, speciality, organisation);
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
            model.addAttribute("name", name);
            model.addAttribute("speciality", speciality);
            model.addAttribute("organisation", organisation);
            return pool(user, model);
        }
        redirect.addFlashAttribute("flash", "expert.added");
        return "redirect:/experts";
    }

    @PostMapping("/experts/{id}/retirement")
    String retire(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        retiring.retire(user.actor(), id, version);
        redirect.addFlashAttribute("flash", "expert.retired");
        return "redirect:/experts";
    }
}
