package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.accident.AccidentCategory;
import cn.safety.enforcement.domain.accident.ReadingAccidents;
import cn.safety.enforcement.domain.accident.RecordingAccident;
import cn.safety.enforcement.domain.accident.RecordingDutyFinding;
import cn.safety.enforcement.domain.enterprise.Enterprise;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The forms that record an accident or a duty finding from the enterprise file; offered, and accepted, only to the
 * inspectors and supervisors of the enterprise's department.
 */
@Controller
@RequestMapping("/enterprises/{id}")
class AccidentController {

    private final RecordingAccident recording;
    private final RecordingDutyFinding recordingFinding;
    private final ReadingAccidents reading;
    private final Clock clock;

    AccidentController(RecordingAccident recording, RecordingDutyFinding recordingFinding, ReadingAccidents reading,
                       Clock clock) {
        this.recording = recording;
        this.recordingFinding = recordingFinding;
        this.reading = reading;
        this.clock = clock;
    }

    @GetMapping("/accidents/new")
    String accidentForm(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        AccidentForm form = new AccidentForm();
        form.setDeaths(0);
        form.setSeriousInjuries(0);
        model.addAttribute("form", form);
        return accidentView(reading.enterpriseToRecordAt(user.actor(), id), model);
    }

    @PostMapping("/accidents")
    String recordAccident(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                          @ModelAttribute("form") AccidentForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                recording.record(user.actor(), id, form.toReport(clock.getZone()));
                redirect.addFlashAttribute("flash", "accident.recorded");
                return "redirect:/enterprises/" + id + "#accidents";
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            }
        }
        return accidentView(reading.enterpriseToRecordAt(user.actor(), id), model);
    }

    @GetMapping("/duty-findings/new")
    String dutyFindingForm(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        DutyFindingForm form = new DutyFindingForm();
        form.setFoundOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return dutyFindingView(reading.enterpriseToRecordAt(user.actor(), id), model);
    }

    @PostMapping("/duty-findings")
    String recordDutyFinding(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                             @ModelAttribute("form") DutyFindingForm form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                recordingFinding.record(user.actor(), id, form.getFinding(), form.getFoundOn());
                redirect.addFlashAttribute("flash", "dutyFinding.recorded");
                return "redirect:/enterprises/" + id + "#duty-findings";
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            }
        }
        return dutyFindingView(reading.enterpriseToRecordAt(user.actor(), id), model);
    }

    private String accidentView(Enterprise e, Model model) {
        model.addAttribute("enterprise", EnterpriseHeading.of(e));
        model.addAttribute("categories", AccidentCategory.values());
        model.addAttribute("latest", LocalDateTime.now(clock).withSecond(0).withNano(0));
        return "accidents/form";
    }

    private String dutyFindingView(Enterprise e, Model model) {
        model.addAttribute("enterprise", EnterpriseHeading.of(e));
        model.addAttribute("today", LocalDate.now(clock));
        return "accidents/duty-finding";
    }
}
