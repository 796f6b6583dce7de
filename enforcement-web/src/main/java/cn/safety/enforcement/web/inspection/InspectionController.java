package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.inspection.ApprovingInspection;
import cn.safety.enforcement.domain.inspection.Attendee;
import cn.safety.enforcement.domain.inspection.AttendeeRole;
import cn.safety.enforcement.domain.inspection.InspectionFiles;
import cn.safety.enforcement.domain.inspection.InspectionKind;
import cn.safety.enforcement.domain.inspection.InspectionStage;
import cn.safety.enforcement.domain.inspection.InspectionTrigger;
import cn.safety.enforcement.domain.inspection.ReadingInspections;
import cn.safety.enforcement.domain.inspection.RecordingStage;
import cn.safety.enforcement.domain.inspection.RefusingInspection;
import cn.safety.enforcement.domain.inspection.RepeatInspectionUnacknowledged;
import cn.safety.enforcement.domain.inspection.StartingInspection;
import cn.safety.enforcement.domain.inspection.TransferringMatter;
import cn.safety.enforcement.web.enterprise.EnterpriseChoice;
import cn.safety.enforcement.web.enterprise.EnterpriseChoices;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspection pages: the list (filters, keyset pages), starting one (from a plan item or unplanned), the
 * supervisors' approval queue, and the inspection's page (header, approval, stages, transfers; the site workflow fills
 * the record fragment).
 */
@Controller
class InspectionController {

    private final StartingInspection starting;
    private final ApprovingInspection approving;
    private final RefusingInspection refusing;
    private final RecordingStage stages;
    private final TransferringMatter transferring;
    private final ReadingInspections reading;
    private final EnterpriseChoices enterprises;
    private final Clock clock;
    private final ZoneId zone;

    InspectionController(StartingInspection starting, ApprovingInspection approving, RefusingInspection refusing,
                         RecordingStage stages, TransferringMatter transferring, ReadingInspections reading,
                         EnterpriseChoices enterprises, Clock clock) {
        this.starting = starting;
        this.approving = approving;
        this.refusing = refusing;
        this.stages = stages;
        this.transferring = transferring;
        this.reading = reading;
        this.enterprises = enterprises;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @GetMapping("/inspections")
    String list(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Long enterpriseId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            ReadingInspections.Slice slice = reading.list(user.actor(), enterpriseId,
                    Times.bound(from, zone, "from", false), Times.bound(to, zone, "to", true), after, 30);
            model.addAttribute("rows", slice.rows().stream().map(r -> InspectionRow.of(r, zone)).toList());
            model.addAttribute("next", slice.next());
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
            model.addAttribute("rows", List.of());
        }
        return "inspections/list";
    }

    @GetMapping("/inspections/approvals")
    String approvals(@AuthenticationPrincipal EnforcementUser user, Model model) {
        model.addAttribute("rows", reading.awaitingApproval(user.actor()).stream()
                .map(r -> InspectionRow.of(r, zone)).toList());
        return "inspections/approvals";
    }

    @GetMapping("/inspections/new")
    String startForm(@AuthenticationPrincipal EnforcementUser user,
                     @RequestParam(name = "planItem", required = false) Long planItemId,
                     @RequestParam(name = "enterprise", required = false) Long enterpriseId,
                     @RequestParam(name = "q", required = false) String q, Model model) {
        StartForm form = new StartForm();
        form.setPlanItemId(planItemId);
        form.setEnterpriseId(enterpriseId);
        form.setStartedAt(LocalDateTime.now(clock).withSecond(0).withNano(0).toString());
        model.addAttribute("form", form);
        if (planItemId == null && enterpriseId == null) {
            model.addAttribute("items", reading.monthItems(user.actor()));
            String term = q == null ? "" : q.strip();
            model.addAttribute("q", term);
            model.addAttribute("found", term.isEmpty() ? List.of() : enterpriseChoices(user, term));
            return "inspections/choose";
        }
        StartingInspection.Preview preview = starting.preview(user.actor(), enterpriseId, planItemId);
        if (preview.planItem() != null) {
            form.setKind(InspectionKind.usualFor(preview.planItem().getKind()).name());
        }
        return startView(user, preview, model);
    }

    /**
     * The enterprises whose name contains {@code q} or whose credit code starts with it, among those the user may read
     * ({@link EnterpriseChoices}), for the pages that pick an enterprise (the unplanned inspection's chooser, the
     * hazard list's filter): their script asks as the user types; without script their forms show the same list.
     */
    @GetMapping(value = "/inspections/new/enterprises", produces = "application/json")
    @ResponseBody
    List<EnterpriseChoice> enterpriseChoices(@AuthenticationPrincipal EnforcementUser user,
                                             @RequestParam(name = "q", required = false) String q) {
        return enterprises.matching(user.actor(), q);
    }

    @PostMapping("/inspections")
    String start(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") StartForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StartingInspection.Started started = starting.start(user.actor(), new StartingInspection.Request(
                        form.getEnterpriseId(), form.getPlanItemId(), blankToNull(form.getKind()),
                        blankToNull(form.getTrigger()), form.isImminentDanger(), form.getInspectors(),
                        form.getExpertIds(), Times.instant(form.getStartedAt(), zone, "startedAt"),
                        form.isAcknowledgeRepeat()));
                redirect.addFlashAttribute("flash", started.file().inspection().getStatus().name()
                        .equals("AWAITING_APPROVAL") ? "inspection.started.awaiting" : "inspection.started");
                return "redirect:/inspections/" + started.file().inspection().getId();
            } catch (RepeatInspectionUnacknowledged repeat) {
                model.addAttribute("repeatWarning", repeat.alert());
                FormErrors.apply(repeat, result);
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            }
        }
        return startView(user, starting.preview(user.actor(), form.getEnterpriseId(), form.getPlanItemId()), model);
    }

    private String startView(EnforcementUser user, StartingInspection.Preview preview, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("choices", reading.choices(user.actor(), preview.departmentId()));
        model.addAttribute("kinds", preview.planItem() == null
                ? List.of(InspectionKind.SPECIAL, InspectionKind.UNANNOUNCED, InspectionKind.FOLLOW_UP,
                InspectionKind.COMPLAINT_CHECK)
                : List.of(InspectionKind.usualFor(preview.planItem().getKind()), InspectionKind.UNANNOUNCED));
        model.addAttribute("triggers", InspectionTrigger.values());
        return "inspections/new";
    }

    @GetMapping("/inspections/{id}")
    String detail(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        return detailView(reading.get(user.actor(), id), model);
    }

    private String detailView(InspectionFiles.InspectionFile file, Model model) {
        model.addAttribute("file", file);
        InspectionView view = InspectionView.of(file, zone, null);
        model.addAttribute("inspection", view);
        java.util.Map<String, InspectionView.Stage> records = new java.util.HashMap<>();
        view.stages().forEach(s -> records.put(s.stage(), s));
        model.addAttribute("stageRecords", records);
        model.addAttribute("stages", InspectionStage.values());
        model.addAttribute("roles", AttendeeRole.values());
        model.addAttribute("now", LocalDateTime.now(clock).withSecond(0).withNano(0).toString());
        return "inspections/detail";
    }

    @PostMapping("/inspections/{id}/approval")
    String approve(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        approving.approve(user.actor(), id, version);
        redirect.addFlashAttribute("flash", "inspection.approved");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/inspections/{id}/refusal")
    String refuse(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                  Model model, RedirectAttributes redirect) {
        try {
            refusing.refuse(user.actor(), id, reason, version);
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
            model.addAttribute("reason", reason);
            return detailView(reading.get(user.actor(), id), model);
        }
        redirect.addFlashAttribute("flash", "inspection.refused");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/inspections/{id}/stages/{stage}")
    String recordStage(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                       @PathVariable String stage, @RequestParam(required = false) String at,
                       @RequestParam(required = false) String note,
                       @RequestParam(name = "role", required = false) List<String> roles,
                       @RequestParam(name = "name", required = false) List<String> names,
                       @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        List<Attendee> present = new ArrayList<>();
        if (names != null) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(k);
                if (name == null || name.isBlank()) {
                    continue;
                }
                String role = roles != null && k < roles.size() ? roles.get(k) : null;
                present.add(new Attendee(InspectionApi.role(role), name));
            }
        }
        try {
            stages.record(user.actor(), id, stage, Times.instant(at, zone, "at"), note, present, version);
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
            return detailView(reading.get(user.actor(), id), model);
        }
        redirect.addFlashAttribute("flash", "inspection.stageRecorded");
        return "redirect:/inspections/" + id + "#stages";
    }

    @PostMapping("/inspections/{id}/transfers")
    String transfer(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @RequestParam(required = false) String toDepartment, @RequestParam(required = false) String matter,
                    @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        try {
            transferring.transfer(user.actor(), id, toDepartment, matter, version);
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
            model.addAttribute("toDepartment", toDepartment);
            model.addAttribute("matter", matter);
            return detailView(reading.get(user.actor(), id), model);
        }
        redirect.addFlashAttribute("flash", "inspection.transferred");
        return "redirect:/inspections/" + id + "#transfers";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
