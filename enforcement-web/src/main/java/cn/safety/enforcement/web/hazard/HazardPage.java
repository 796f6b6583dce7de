package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.document.ReadingDocuments;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.hazard.CollectingHazardEvidence;
import cn.safety.enforcement.domain.hazard.HazardFiles;
import cn.safety.enforcement.domain.hazard.HazardHistory;
import cn.safety.enforcement.domain.hazard.HazardStep;
import cn.safety.enforcement.domain.hazard.HazardSteps;
import cn.safety.enforcement.domain.hazard.HazardToDo;
import cn.safety.enforcement.domain.hazard.OnsiteMeasure;
import cn.safety.enforcement.domain.hazard.ReadingHazards;
import cn.safety.enforcement.web.audit.AuditChanges;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the page of one hazard: everything about it, the forms of the steps the viewer may take now (as
 * {@link HazardSteps} answers), and, after a refused step, that step's form again with its messages beside the fields
 * and the values typed.
 */
@Component
class HazardPage {

    private final ReadingHazards reading;
    private final HazardSteps steps;
    private final HazardHistory history;
    private final HazardToDo toDo;
    private final CollectingHazardEvidence evidence;
    private final AuditChanges changes;
    private final MessageSource messages;
    private final ReadingDocuments documents;
    private final Clock clock;

    HazardPage(ReadingHazards reading, HazardSteps steps, HazardHistory history, HazardToDo toDo,
               CollectingHazardEvidence evidence, AuditChanges changes, MessageSource messages,
               ReadingDocuments documents, Clock clock) {
        this.reading = reading;
        this.steps = steps;
        this.history = history;
        this.toDo = toDo;
        this.evidence = evidence;
        this.changes = changes;
        this.messages = messages;
        this.documents = documents;
        this.clock = clock;
    }

    /** The evidence of the hazard with whether a report already cites it. */
    public record EvidenceItem(long id, String fileName, String kind, String sha256, String uploadedBy, boolean cited) {
    }

    String draw(EnforcementUser user, long id, Model model) {
        return draw(user, id, model, null, null, Map.of());
    }

    /** The page again after {@code step} was refused with {@code violation}; {@code typed} puts back what was sent. */
    String draw(EnforcementUser user, long id, Model model, HazardStep step, RuleViolation violation,
                Map<String, String> typed) {
        HazardFiles.HazardFile file = reading.get(user.actor(), id);
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        Set<HazardStep> allowed = steps.allowed(user.actor(), file.hazard(), today);
        Set<Long> cited = new HashSet<>();
        file.hazard().getReports().forEach(r -> cited.addAll(r.getEvidenceIds()));
        List<Evidence> all = evidence.of(user.actor(), id);
        model.addAttribute("file", file);
        model.addAttribute("h", file.hazard());
        model.addAttribute("zone", zone);
        model.addAttribute("today", today);
        model.addAttribute("steps", allowed.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("due", toDo.runningDeadline(file.hazard()).orElse(null));
        model.addAttribute("evidence", all.stream().filter(e -> !e.isWithdrawn())
                .map(e -> new EvidenceItem(e.getId(), e.getFileName(), e.getKind().name(), e.getSha256(),
                        e.getUploadedBy(), cited.contains(e.getId()))).toList());
        model.addAttribute("measures", OnsiteMeasure.values());
        // the 挂牌督办通知书 is the department above's document: its link only for those who read it
        model.addAttribute("noticeReadable", file.hazard().supervision()
                .map(s -> s.getDocumentId() != null && documents.canRead(user.actor(), s.getDocumentId()))
                .orElse(false));
        HazardHistory.History h = history.of(user.actor(), id);
        model.addAttribute("history", changes.rows(h.entries(), h.names()));
        model.addAttribute("failedStep", step == null ? null : step.name());
        model.addAttribute("errors", errors(violation));
        model.addAttribute("typed", typed);
        return "hazards/detail";
    }

    /** Each refused field's messages, resolved; problems without a field under "". */
    Map<String, List<String>> errors(RuleViolation violation) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (violation == null) {
            return errors;
        }
        for (RuleViolation.Problem p : violation.problems()) {
            String text = messages.getMessage(new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {p.messageCode()}, p.args(), p.messageCode()), LocaleContextHolder.getLocale());
            errors.computeIfAbsent(p.field() == null ? "" : p.field(), k -> new java.util.ArrayList<>()).add(text);
        }
        return errors;
    }
}
