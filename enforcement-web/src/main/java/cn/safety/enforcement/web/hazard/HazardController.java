package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.document.ReadingDocuments;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.evidence.ReadingEvidence;
import cn.safety.enforcement.domain.hazard.FindingHazard;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardFiles;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardSource;
import cn.safety.enforcement.domain.hazard.HazardStatus;
import cn.safety.enforcement.domain.hazard.HazardToDo;
import cn.safety.enforcement.domain.hazard.ReadingHazards;
import cn.safety.enforcement.domain.inspection.InspectionFiles;
import cn.safety.enforcement.domain.inspection.ReadingInspections;
import cn.safety.enforcement.web.error.FormErrors;
import cn.safety.enforcement.web.evidence.EvidenceDownloads;
import cn.safety.enforcement.web.security.EnforcementUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The hazard pages: the list (filters, keyset pages, deadlines and days left), one hazard's page (drawn by
 * {@link HazardPage}), recording a hazard (from an inspection's failed item, a complaint, or the enterprise's own
 * report), and the files of a hazard (its documents and evidence) within its own routes.
 */
@Controller
class HazardController {

    static final int PAGE = 30;

    private final ReadingHazards reading;
    private final FindingHazard finding;
    private final HazardToDo toDo;
    private final HazardPage page;
    private final DepartmentService departments;
    private final ReadingInspections inspections;
    private final ReadingDocuments documents;
    private final ReadingEvidence evidence;
    private final HazardEnterpriseFilter enterpriseFilter;

    HazardController(ReadingHazards reading, FindingHazard finding, HazardToDo toDo, HazardPage page,
                     DepartmentService departments, ReadingInspections inspections, ReadingDocuments documents,
                     ReadingEvidence evidence, HazardEnterpriseFilter enterpriseFilter) {
        this.reading = reading;
        this.finding = finding;
        this.toDo = toDo;
        this.page = page;
        this.departments = departments;
        this.inspections = inspections;
        this.documents = documents;
        this.evidence = evidence;
        this.enterpriseFilter = enterpriseFilter;
    }

    @GetMapping("/hazards")
    String list(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("search") HazardSearch search,
                BindingResult result, @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("states", HazardStatus.values());
        model.addAttribute("grades", HazardGrade.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("departments", departments.visibleTo(user.actor()));
        model.addAttribute("items", List.of());
        HazardEnterpriseFilter.Decided enterprise = enterpriseFilter.decide(user.actor(), search.getEnterpriseId(),
                search.getEnterprise());
        search.setEnterpriseId(enterprise.enterpriseId());
        search.setEnterprise(enterprise.text());
        model.addAttribute("enterpriseFilter", enterprise);
        model.addAttribute("openFilters", enterprise.searched());
        if (result.hasErrors() || !enterprise.listed()) {
            return "hazards/list";
        }
        try {
            ReadingHazards.Slice slice = reading.list(user.actor(), search.filter(), after, PAGE);
            model.addAttribute("items", toDo.items(slice.rows()).stream()
                    .sorted((a, b) -> Long.compare(b.row().id(), a.row().id())).toList());
            model.addAttribute("next", slice.next());
            model.addAttribute("after", after);
        } catch (RuleViolation v) {
            FormErrors.apply(v, result);
        }
        return "hazards/list";
    }

    @GetMapping("/hazards/{id}")
    String detail(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        return page.draw(user, id, model);
    }

    /**
     * The form to record a hazard: staff from an inspection's failed item ({@code inspection}, {@code item}) or for an
     * enterprise ({@code enterprise}); an enterprise's account reports its own (自查自报).
     */
    @GetMapping("/hazards/new")
    String newForm(@AuthenticationPrincipal EnforcementUser user,
                   @RequestParam(name = "inspection", required = false) Long inspectionId,
                   @RequestParam(name = "item", required = false) Long itemId,
                   @RequestParam(name = "enterprise", required = false) Long enterpriseId, Model model) {
        HazardFindForm form = new HazardFindForm();
        form.setEnterpriseId(enterpriseId);
        form.setInspectionId(inspectionId);
        form.setChecklistItemId(itemId);
        form.setSource(user.isEnterprise() ? HazardSource.SELF_REPORT.name()
                : inspectionId != null ? HazardSource.INSPECTION.name() : null);
        if (inspectionId != null) {
            InspectionFiles.InspectionFile file = inspections.get(user.actor(), inspectionId);
            form.setEnterpriseId(file.inspection().getEnterpriseId());
            file.inspection().result(itemId == null ? -1 : itemId).ifPresent(r -> {
                form.setGrade(r.getProposedHazard());
                form.setDescription(r.getNote());
            });
        }
        model.addAttribute("form", form);
        return newView(user, form, model);
    }

    @PostMapping("/hazards")
    String find(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") HazardFindForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                HazardFiles.HazardFile file = finding.find(user.actor(), new FindingHazard.Request(
                        user.isEnterprise() ? user.actor().enterpriseId() : form.getEnterpriseId(),
                        form.getInspectionId(), form.getChecklistItemId(),
                        HazardRequests.parse(HazardSource.class, form.getSource(), "source"),
                        HazardRequests.parse(HazardGrade.class, form.getGrade(), "grade"), form.getDescription(),
                        form.getPlace(), form.getLegalBasis(), user.isEnterprise() ? null : form.getInternalNote()));
                redirect.addFlashAttribute("flash", "hazard.page.found");
                return "redirect:/hazards/" + file.hazard().getId();
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            }
        }
        return newView(user, form, model);
    }

    private String newView(EnforcementUser user, HazardFindForm form, Model model) {
        model.addAttribute("grades", HazardGrade.values());
        model.addAttribute("sources", user.isEnterprise() ? List.of(HazardSource.SELF_REPORT)
                : form.getInspectionId() != null ? List.of(HazardSource.INSPECTION)
                : List.of(HazardSource.COMPLAINT, HazardSource.SELF_REPORT));
        // the enterprise's name beside its id, only where the user reads it
        model.addAttribute("enterpriseName", user.isEnterprise() || form.getEnterpriseId() == null ? ""
                : enterpriseFilter.decide(user.actor(), form.getEnterpriseId(), null).text());
        return "hazards/new";
    }

    /**
     * A document of the hazard (its order, re-check opinion, on-site measures, the 挂牌督办通知书 of the department
     * above), inline; each read as the document itself is read.
     */
    @GetMapping("/hazards/{id}/documents/{documentId}.pdf")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                    @PathVariable long documentId) {
        Hazard h = reading.get(user.actor(), id).hazard();
        boolean ofHazard = Stream.of(Stream.of(h.getOrderDocumentId()),
                        h.getVerifications().stream().map(v -> v.getDocumentId()),
                        h.getOnsiteMeasures().stream().map(m -> m.getDocumentId()),
                        h.supervision().map(s -> s.getDocumentId()).stream())
                .flatMap(ids -> ids).filter(Objects::nonNull).anyMatch(d -> d == documentId);
        if (!ofHazard) {
            throw new NotFound("document", documentId);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("hazard-" + id + "-" + documentId + ".pdf").build().toString())
                .body(documents.pdf(user.actor(), documentId));
    }

    /** A piece of evidence of the hazard (a thumbnail on its page), checked like every download. */
    @GetMapping("/hazards/{id}/evidence/{evidenceId}")
    void evidence(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, @PathVariable long evidenceId,
                  HttpServletResponse response) throws IOException {
        reading.get(user.actor(), id);
        var e = evidence.get(user.actor(), evidenceId);
        if (!EvidenceOwner.HAZARD.equals(e.getOwnerKind()) || e.getOwnerId() != id) {
            throw new NotFound("evidence", evidenceId);
        }
        EvidenceDownloads.write(evidence.open(user.actor(), evidenceId), true, response);
    }
}
