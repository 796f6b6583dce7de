package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardStep;
import cn.safety.enforcement.domain.hazard.OnsiteMeasure;
import cn.safety.enforcement.web.evidence.EvidenceUploads;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The forms of a hazard's page, one POST per step of the loop (the same use cases as the API): each redirects back to
 * the hazard with a flash message (PRG); a refused step draws the page again with its form, the messages beside the
 * fields and the values typed.
 */
@Controller
@RequestMapping("/hazards/{id}")
class HazardStepController {

    private final HazardLoop loop;
    private final EvidenceUploads uploads;
    private final HazardPage page;

    HazardStepController(HazardLoop loop, EvidenceUploads uploads, HazardPage page) {
        this.loop = loop;
        this.uploads = uploads;
        this.page = page;
    }

    @PostMapping("/order")
    String order(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                 @RequestParam(required = false) String deadline, @RequestParam(required = false) String workingDays,
                 @RequestParam(required = false) String requirements, @RequestParam(required = false) Long version,
                 Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.ORDER, model, redirect, typed("deadline", deadline, "workingDays",
                workingDays, "requirements", requirements), () -> loop.ordering().order(user.actor(), id,
                date(deadline, "deadline"), whole(workingDays, "workingDays"), requirements, version));
    }

    @PostMapping("/on-the-spot")
    String onTheSpot(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                     @RequestParam(required = false) String description,
                     @RequestParam(name = "evidenceIds", required = false) List<Long> evidenceIds,
                     @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.ON_THE_SPOT, model, redirect, typed("description", description),
                () -> loop.onTheSpot().rectify(user.actor(), id, description, evidenceIds, version));
    }

    @PostMapping("/plan")
    String plan(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                @RequestParam(required = false) String goal, @RequestParam(required = false) String responsiblePerson,
                @RequestParam(required = false) String funds, @RequestParam(required = false) String measures,
                @RequestParam(required = false) String plannedCompletion,
                @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.PLAN, model, redirect, typed("goal", goal, "responsiblePerson",
                        responsiblePerson, "funds", funds, "measures", measures, "plannedCompletion", plannedCompletion),
                () -> loop.planning().plan(user.actor(), id, new Hazard.Plan(goal, responsiblePerson, money(funds),
                        measures, date(plannedCompletion, "plannedCompletion")), version));
    }

    @PostMapping("/report")
    String report(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) String description,
                  @RequestParam(name = "evidenceIds", required = false) List<Long> evidenceIds,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.REPORT, model, redirect, typed("description", description),
                () -> loop.reporting().report(user.actor(), id, description, evidenceIds, version));
    }

    @PostMapping("/acceptance")
    String acceptance(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                      @RequestParam(required = false) String experts,
                      @RequestParam(required = false) String conclusion,
                      @RequestParam(name = "evidenceIds", required = false) List<Long> evidenceIds,
                      @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.ACCEPTANCE, model, redirect, typed("experts", experts, "conclusion",
                conclusion), () -> loop.acceptance().report(user.actor(), id, experts, conclusion, evidenceIds,
                version));
    }

    @PostMapping("/verification")
    String verify(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) String accepted, @RequestParam(required = false) String opinion,
                  @RequestParam(required = false) String newDeadline, @RequestParam(required = false) Long version,
                  Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.VERIFY, model, redirect, typed("accepted", accepted, "opinion", opinion,
                "newDeadline", newDeadline), () -> loop.verifying().verify(user.actor(), id, yesNo(accepted), opinion,
                date(newDeadline, "newDeadline"), version));
    }

    @PostMapping("/extension")
    String applyForExtension(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                             @RequestParam(required = false) String reasons,
                             @RequestParam(required = false) String requestedOn,
                             @RequestParam(required = false) Long version, Model model,
                             RedirectAttributes redirect) {
        return step(user, id, HazardStep.EXTENSION_APPLY, model, redirect, typed("reasons", reasons,
                "requestedOn", requestedOn), () -> loop.applying().apply(user.actor(), id, reasons,
                date(requestedOn, "requestedOn"), version));
    }

    @PostMapping("/extension-decision")
    String decideExtension(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                           @RequestParam(required = false) String approved,
                           @RequestParam(required = false) String newDeadline,
                           @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                           Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.EXTENSION_DECIDE, model, redirect, typed("approved", approved,
                "newDeadline", newDeadline, "note", note), () -> loop.deciding().decide(user.actor(), id, yesNo(approved),
                date(newDeadline, "newDeadline"), note, version));
    }

    @PostMapping("/onsite-measures")
    String decideOnsiteMeasures(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                @RequestParam(name = "measures", required = false) List<String> chosen,
                                @RequestParam(required = false) String detail,
                                @RequestParam(required = false) Long version, Model model,
                                RedirectAttributes redirect) {
        return step(user, id, HazardStep.ONSITE_MEASURES, model, redirect, typed("detail", detail), () -> {
            Set<OnsiteMeasure> set = EnumSet.noneOf(OnsiteMeasure.class);
            if (chosen != null) {
                chosen.forEach(m -> set.add(HazardRequests.parse(OnsiteMeasure.class, m, "measures")));
            }
            return loop.measures().decide(user.actor(), id, set, detail, version);
        });
    }

    @PostMapping("/onsite-measures-lift")
    String liftOnsiteMeasures(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                              @RequestParam(required = false) String review,
                              @RequestParam(required = false) Long version, Model model,
                              RedirectAttributes redirect) {
        return step(user, id, HazardStep.ONSITE_LIFT, model, redirect, typed("review", review),
                () -> loop.measures().lift(user.actor(), id, review, version));
    }

    @PostMapping("/grade-change")
    String requestGradeChange(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                              @RequestParam(required = false) String reason,
                              @RequestParam(required = false) Long version, Model model,
                              RedirectAttributes redirect) {
        return step(user, id, HazardStep.GRADE_LOWER, model, redirect, typed("reason", reason),
                () -> loop.lowering().request(user.actor(), id, HazardGrade.GENERAL, reason, version));
    }

    @PostMapping("/grade-change-decision")
    String decideGradeChange(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                             @RequestParam(required = false) String approved,
                             @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                             Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.GRADE_DECIDE, model, redirect, typed("approved", approved, "note", note),
                () -> loop.lowering().decide(user.actor(), id, yesNo(approved), note, version));
    }

    /** 挂牌督办 by the department one level up: the notice's requirements and deadline. */
    @PostMapping("/supervision")
    String supervise(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                     @RequestParam(required = false) String requirements,
                     @RequestParam(required = false) String deadline, @RequestParam(required = false) Long version,
                     Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.SUPERVISE, model, redirect, typed("requirements", requirements, "deadline",
                deadline), () -> loop.supervising().supervise(user.actor(), id, requirements, date(deadline, "deadline"),
                version));
    }

    /** 摘牌: the supervising department lifts the listing of a closed hazard. */
    @PostMapping("/lift-supervision")
    String liftSupervision(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                           @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return step(user, id, HazardStep.LIFT_SUPERVISION, model, redirect, typed(),
                () -> loop.lifting().lift(user.actor(), id, version));
    }

    /** A photo or file for the hazard (the enterprise's rectification, the inspector's on-the-spot evidence). */
    @PostMapping("/evidence")
    String attach(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        try {
            var e = uploads.receive(file, (name, in) -> loop.evidence().attach(user.actor(), id, name, in));
            redirect.addFlashAttribute("flash", "hazard.page.evidenceSaved");
            redirect.addFlashAttribute("flashArgs", new Object[] {e.getSha256()});
            return "redirect:/hazards/" + id + "#evidence";
        } catch (RuleViolation v) {
            return page.draw(user, id, model, HazardStep.EVIDENCE, v, Map.of());
        }
    }

    private String step(EnforcementUser user, long id, HazardStep step, Model model, RedirectAttributes redirect,
                        Map<String, String> typed, Supplier<?> act) {
        try {
            act.get();
        } catch (RuleViolation v) {
            return page.draw(user, id, model, step, v, typed);
        }
        redirect.addFlashAttribute("flash", "hazard.page.done." + step.name());
        return "redirect:/hazards/" + id;
    }

    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
            m.put(namesAndValues[k], namesAndValues[k + 1] == null ? "" : namesAndValues[k + 1]);
        }
        return m;
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "hazard.page.date.invalid");
        }
    }

    private static Integer whole(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "hazard.page.number.invalid");
        }
    }

    private static BigDecimal money(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("funds", "hazard.plan.funds.range");
        }
    }

    private static Boolean yesNo(String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf(text.strip());
    }
}
