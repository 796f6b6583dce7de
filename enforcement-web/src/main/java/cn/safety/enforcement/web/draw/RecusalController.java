package cn.safety.enforcement.web.draw;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.draw.RecordingRecusals;
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

/** 回避: the department's recusals (an inspector's own), and the form to record one. */
@Controller
@RequestMapping("/recusals")
class RecusalController {

    private final RecordingRecusals recording;

    RecusalController(RecordingRecusals recording) {
        this.recording = recording;
    }

    @GetMapping
    String list(@AuthenticationPrincipal EnforcementUser user, Model model) {
        model.addAttribute("form", new RecusalForm());
        return view(user, model);
    }

    @PostMapping
    String declare(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") RecusalForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            recording.declareByCreditCode(user.actor(), form.getUserId(), form.getCreditCode(), form.getReason());
            redirect.addFlashAttribute("flash", "recusal.declared");
            return "redirect:/recusals";
        } catch (RuleViolation v) {
            FormErrors.apply(v, result);
        } catch (OutOfJurisdiction refused) {
            result.reject(refused.messageCode());
        }
        return view(user, model);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            recording.withdraw(user.actor(), id, reason);
            redirect.addFlashAttribute("flash", "recusal.withdrawn");
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("flash", v.problems().get(0).messageCode());
        } catch (NotFound | OutOfJurisdiction refused) {
            throw refused;
        }
        return "redirect:/recusals";
    }

    private String view(EnforcementUser user, Model model) {
        model.addAttribute("recusals", recording.list(user.actor()));
        model.addAttribute("inspectors", recording.inspectorsFor(user.actor()));
        return "recusals";
    }
}
