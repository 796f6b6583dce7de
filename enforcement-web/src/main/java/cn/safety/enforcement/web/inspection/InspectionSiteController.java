package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.document.ReadingDocuments;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.WithdrawingEvidence;
import cn.safety.enforcement.domain.inspection.CollectingEvidence;
import cn.safety.enforcement.domain.inspection.CompletingInspection;
import cn.safety.enforcement.domain.inspection.CompletionRules;
import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionFiles;
import cn.safety.enforcement.domain.inspection.InspectionResult;
import cn.safety.enforcement.domain.inspection.InspectionStatus;
import cn.safety.enforcement.domain.inspection.ReadingInspections;
import cn.safety.enforcement.domain.inspection.RecordingResult;
import cn.safety.enforcement.domain.inspection.RecordingSignatureRefusal;
import cn.safety.enforcement.domain.inspection.SigningInspection;
import cn.safety.enforcement.domain.inspection.SiteRecordingPolicy;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The inspection at the site, on a phone (R13, R14): the checklist item by item with big 符合 / 不符合 / 不适用 choices,
 * a note and a photo from the camera; the evidence with its hashes; the signatures on the screen, the refusal to sign
 * with a witness; completion, and the 现场检查记录 as a PDF. Every form posts and redirects (PRG) with a flash message;
 * a refusal draws the page again with the message and the values typed.
 */
@Controller
@RequestMapping("/inspections/{id}/site")
class InspectionSiteController {

    private final ReadingInspections reading;
    private final RecordingResult results;
    private final CollectingEvidence evidence;
    private final SigningInspection signing;
    private final RecordingSignatureRefusal refusals;
    private final CompletingInspection completing;
    private final WithdrawingEvidence withdrawing;
    private final ReadingDocuments documents;
    private final MessageSource messages;
    private final ZoneId zone;

    InspectionSiteController(ReadingInspections reading, RecordingResult results, CollectingEvidence evidence,
                             SigningInspection signing, RecordingSignatureRefusal refusals,
                             CompletingInspection completing, WithdrawingEvidence withdrawing,
                             ReadingDocuments documents, MessageSource messages, Clock clock) {
        this.documents = documents;
        this.reading = reading;
        this.results = results;
        this.evidence = evidence;
        this.signing = signing;
        this.refusals = refusals;
        this.completing = completing;
        this.withdrawing = withdrawing;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @GetMapping
    String page(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                @RequestParam(required = false) Long item, Model model) {
        return view(user, id, item, model, null, null);
    }

    /** The 现场检查记录 of a completed inspection, inline. */
    @GetMapping("/record.pdf")
    ResponseEntity<byte[]> record(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        Long document = reading.get(user.actor(), id).inspection().getDocumentId();
        if (document == null) {
            throw new NotFound("document", id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("inspection-" + id + ".pdf").build().toString())
                .body(documents.pdf(user.actor(), document));
    }

    @PostMapping("/results/{itemId}")
    String recordResult(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                        @PathVariable long itemId, @RequestParam(required = false) String result,
                        @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                        Model model, RedirectAttributes redirect) {
        return submit(user, id, itemId, model, redirect, "inspection.site.resultSaved", () -> {
            InspectionFiles.InspectionFile file = results.record(user.actor(), id, itemId, result, note, version);
            return "?item=" + next(file.inspection(), itemId);
        }, Map.of("result", result == null ? "" : result, "note", note == null ? "" : note));
    }

    @PostMapping("/evidence")
    String attach(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) Long checklistItemId,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return submit(user, id, checklistItemId, model, redirect, "inspection.site.evidenceSaved", () -> {
            try (InputStream in = InspectionSiteApi.open(file)) {
                Evidence e = evidence.attach(user.actor(), id, checklistItemId,
                        file == null ? null : file.getOriginalFilename(), in);
                redirect.addFlashAttribute("flashArgs", new Object[] {e.getSha256()});
                return checklistItemId == null ? "#evidence" : "?item=" + checklistItemId;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }, Map.of());
    }

    /**
     * Withdraws a piece of the inspection's evidence with a reason (a recorded act; the file stays and stays readable),
     * through the same service as {@code POST /api/v1/evidence/{id}/withdrawal}.
     */
    @PostMapping("/evidence/{evidenceId}/withdrawal")
    String withdraw(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @PathVariable long evidenceId, @RequestParam(required = false) String reason, Model model,
                    RedirectAttributes redirect) {
        return submit(user, id, null, model, redirect, "inspection.site.evidenceWithdrawn", () -> {
            withdrawing.withdraw(user.actor(), evidenceId, reason);
            return "#evidence";
        }, Map.of("withdrawal", String.valueOf(evidenceId), "withdrawalReason", reason == null ? "" : reason));
    }

    @PostMapping("/signatures")
    String sign(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                @RequestParam(required = false) String role, @RequestParam(required = false) String name,
                @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return submit(user, id, null, model, redirect, "inspection.site.signed", () -> {
            try (InputStream in = InspectionSiteApi.open(file)) {
                signing.sign(user.actor(), id, role, name, file == null ? null : file.getOriginalFilename(), in);
                return "#signatures";
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }, Map.of());
    }

    @PostMapping("/signature-refusal")
    String refuseSignature(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                           @RequestParam(required = false) String witness,
                           @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        return submit(user, id, null, model, redirect, "inspection.site.refusalRecorded", () -> {
            refusals.record(user.actor(), id, witness, note);
            return "#signatures";
        }, Map.of());
    }

    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model,
                    RedirectAttributes redirect) {
        return submit(user, id, null, model, redirect, "inspection.site.completed", () -> {
            IssuedDocument d = completing.complete(user.actor(), id);
            redirect.addFlashAttribute("flashArgs", new Object[] {d.getNumber()});
            return "#record";
        }, Map.of());
    }

    /** Runs the one command; on success redirects (PRG), on a refusal draws the page again with the message. */
    private String submit(EnforcementUser user, long id, Long item, Model model, RedirectAttributes redirect,
                          String flash, Supplier<String> command, Map<String, String> typed) {
        try {
            String anchor = command.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/inspections/" + id + "/site" + anchor;
        } catch (RuleViolation v) {
            List<String> texts = v.problems().stream().map(p -> messages.getMessage(p.messageCode(), p.args(),
                    p.messageCode(), LocaleContextHolder.getLocale())).toList();
            if (v instanceof CompletionRules.IncompleteRecord && texts.size() > 1) {
                texts = texts.subList(1, texts.size());
            }
            return view(user, id, item, model, texts, typed);
        }
    }

    private String view(EnforcementUser user, long id, Long item, Model model, List<String> refusal,
                        Map<String, String> typed) {
        InspectionFiles.InspectionFile file = reading.get(user.actor(), id);
        Inspection i = file.inspection();
        List<SiteEvidence> all = SiteEvidence.of(i, evidence.of(user.actor(), id), zone);
        InspectionResult current = current(i, item);
        model.addAttribute("file", file);
        model.addAttribute("inspection", InspectionView.of(file, zone, null));
        model.addAttribute("mayRecord", file.mayAct() && i.getStatus() == InspectionStatus.IN_PROGRESS
                && SiteRecordingPolicy.mayRecord(user.actor(), i));
        model.addAttribute("current", current);
        model.addAttribute("position", current == null ? 0 : i.getResults().indexOf(current) + 1);
        model.addAttribute("recorded", i.getResults().stream().filter(InspectionResult::recorded).count());
        model.addAttribute("evidence", all);
        model.addAttribute("currentEvidence", current == null ? List.of() : all.stream()
                .filter(e -> current.getChecklistItemId().equals(e.checklistItemId())).toList());
        model.addAttribute("missing", i.getStatus() == InspectionStatus.IN_PROGRESS ? CompletionRules.missing(i)
                .stream().map(p -> messages.getMessage(p.messageCode(), p.args(), p.messageCode(),
                        LocaleContextHolder.getLocale())).toList() : List.of());
        model.addAttribute("refusal", refusal);
        model.addAttribute("typed", typed == null ? Map.of() : typed);
        return "inspections/site";
    }

    /** The item asked for, else the first without a result, else the first. */
    private static InspectionResult current(Inspection i, Long item) {
        if (item != null) {
            return i.result(item).orElse(null);
        }
        return i.getResults().stream().filter(r -> !r.recorded()).findFirst()
                .orElse(i.getResults().isEmpty() ? null : i.getResults().get(0));
    }

    /** After recording an item: the next one without a result, else the one after it. */
    private static long next(Inspection i, long itemId) {
        List<InspectionResult> all = i.getResults();
        int at = 0;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).getChecklistItemId() == itemId) {
                at = k;
            }
        }
        for (int k = 1; k <= all.size(); k++) {
            InspectionResult r = all.get((at + k) % all.size());
            if (!r.recorded()) {
                return r.getChecklistItemId();
            }
        }
        return all.get(Math.min(at + 1, all.size() - 1)).getChecklistItemId();
    }
}
