package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.inspection.ApprovingInspection;
import cn.safety.enforcement.domain.inspection.Attendee;
import cn.safety.enforcement.domain.inspection.AttendeeRole;
import cn.safety.enforcement.domain.inspection.InspectionFiles;
import cn.safety.enforcement.domain.inspection.InspectionTransfer;
import cn.safety.enforcement.domain.inspection.ReadingInspections;
import cn.safety.enforcement.domain.inspection.RecordingStage;
import cn.safety.enforcement.domain.inspection.RefusingInspection;
import cn.safety.enforcement.domain.inspection.RepeatInspectionAlert;
import cn.safety.enforcement.domain.inspection.StartingInspection;
import cn.safety.enforcement.domain.inspection.TransferringMatter;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "inspections", description = "执法检查 (R4, 002§(十)): planned from a plan item or unplanned with a trigger"
        + " and approved by a supervisor (行政检查审批, 国办发〔2024〕54号); inspectors with valid certificates (R12),"
        + " experts of the department's pool, the stages of a key enterprise, transfers (移送)")
class InspectionApi {

    private final StartingInspection starting;
    private final ApprovingInspection approving;
    private final RefusingInspection refusing;
    private final RecordingStage stages;
    private final TransferringMatter transferring;
    private final ReadingInspections reading;
    private final MessageSource messages;
    private final ZoneId zone;

    InspectionApi(StartingInspection starting, ApprovingInspection approving, RefusingInspection refusing,
                  RecordingStage stages, TransferringMatter transferring, ReadingInspections reading,
                  MessageSource messages, Clock clock) {
        this.starting = starting;
        this.approving = approving;
        this.refusing = refusing;
        this.stages = stages;
        this.transferring = transferring;
        this.reading = reading;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    record Page(List<InspectionRow> items, String next) {
    }

    @PostMapping("/api/v1/inspections")
    @Operation(summary = "Start an inspection (inspectors and supervisors)",
            description = "Planned: `planItemId` of an item of the caller's department's APPROVED plan (the item's"
                    + " enterprise; `enterpriseId` may be left out), `kind` fitting the item (KEY: FULL_COVERAGE,"
                    + " SPOT_CHECK: RANDOM, CROSS_CHECK: CROSS, SUPERVISION: SPECIAL; any: UNANNOUNCED), no"
                    + " `trigger`; it is IN_PROGRESS at once. Unplanned: `enterpriseId` of an enterprise the caller"
                    + " acts on, `trigger` (COMPLAINT, TRANSFER, MONITORING_ALERT, ACCIDENT, TEMPORARY_TASK), `kind`"
                    + " SPECIAL, UNANNOUNCED, FOLLOW_UP or COMPLAINT_CHECK (complaints only); it is AWAITING_APPROVAL"
                    + " unless urgent (trigger ACCIDENT or `imminentDanger`: IN_PROGRESS with `approvalDueAt`)."
                    + " `inspectors`: at least two usernames of the department, each with a certificate valid on the"
                    + " day; `expertIds` of the department's pool. 重复检查: when the enterprise's inspections this"
                    + " year (every department) have reached the province's cap, a planned start answers 409 on"
                    + " `acknowledgeRepeat` with `warnings` until the request says `\"acknowledgeRepeat\": true`; an"
                    + " unplanned one starts and the 201 lists the warning. 409 `enterpriseId` when the department"
                    + " already has an open inspection of the enterprise. Unknown or unreadable enterprise or plan"
                    + " item: 400 on the field; an enterprise read but not acted on: 403.")
    ResponseEntity<InspectionView> start(@AuthenticationPrincipal EnforcementUser user,
                                         @RequestBody InspectionRequests.Start request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        StartingInspection.Started started = starting.start(user.actor(), new StartingInspection.Request(
                request.enterpriseId(), request.planItemId(), request.kind(), request.trigger(),
                Boolean.TRUE.equals(request.imminentDanger()), request.inspectors(), request.expertIds(),
                Times.instant(request.startedAt(), zone, "startedAt"),
                Boolean.TRUE.equals(request.acknowledgeRepeat())));
        InspectionView view = InspectionView.of(started.file(), zone, warnings(started.warnings()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/inspections/{id}").buildAndExpand(view.id()).toUri()).body(view);
    }

    @GetMapping("/api/v1/inspections")
    @Operation(summary = "Inspections the caller may read, newest started first, by keyset pages",
            description = "`from` and `to` are dates (both included) or ISO times (`to` excluded) on `startedAt`;"
                    + " `after` is the `next` of the page before.")
    Page list(@AuthenticationPrincipal EnforcementUser user,
              @RequestParam(required = false) Long enterpriseId,
              @RequestParam(required = false) String from,
              @RequestParam(required = false) String to,
              @RequestParam(required = false) @Parameter(description = "cursor: the `next` of the page before")
              Long after,
              @RequestParam(defaultValue = "50") int size) {
        ReadingInspections.Slice slice = reading.list(user.actor(), enterpriseId,
                Times.bound(from, zone, "from", false), Times.bound(to, zone, "to", true), after, size);
        return new Page(slice.rows().stream().map(r -> InspectionRow.of(r, zone)).toList(),
                slice.next() == null ? null : String.valueOf(slice.next()));
    }

    @GetMapping("/api/v1/inspections/{id}")
    @Operation(summary = "One inspection with its inspectors, experts, stages, checklists, results and transfers;"
            + " 404 when it does not exist or lies outside the caller's scope")
    InspectionView get(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return InspectionView.of(reading.get(user.actor(), id), zone, null);
    }

    @PostMapping("/api/v1/inspections/{id}/approval")
    @Operation(summary = "Approve an unplanned inspection (行政检查审批): a supervisor of the department or above who"
            + " is not one of its inspectors; 403 otherwise, 409 when nothing waits for approval")
    InspectionView approve(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                           @RequestBody(required = false) InspectionRequests.Approval request) {
        return InspectionView.of(approving.approve(user.actor(), id, request == null ? null : request.version()),
                zone, null);
    }

    @PostMapping("/api/v1/inspections/{id}/refusal")
    @Operation(summary = "Refuse an unplanned inspection with a `reason` (same approvers); the inspection ends")
    InspectionView refuse(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                          @RequestBody InspectionRequests.Refusal request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return InspectionView.of(refusing.refuse(user.actor(), id, request.reason(), request.version()), zone, null);
    }

    @PutMapping("/api/v1/inspections/{id}/stages/{stage}")
    @Operation(summary = "Record a stage: NOTICE (执法告知), ONSITE (现场检查), FEEDBACK (交流反馈), in order",
            description = "`present` lists who of the enterprise was there: `role` MAIN_RESPONSIBLE (主要负责人),"
                    + " SAFETY_MANAGER (安全管理人员) or OPERATOR (岗位操作员工) and `name`. An UNANNOUNCED inspection"
                    + " gives no notice: NOTICE is refused (409) and ONSITE needs none. Recording a stage again"
                    + " corrects it.")
    InspectionView recordStage(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                               @PathVariable String stage, @RequestBody InspectionRequests.Stage request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        List<Attendee> present = new ArrayList<>();
        if (request.present() != null) {
            for (InspectionRequests.Present p : request.present()) {
                present.add(p == null ? null : new Attendee(role(p.role()), p.name()));
            }
        }
        return InspectionView.of(stages.record(user.actor(), id, stage, Times.instant(request.at(), zone, "at"),
                request.note(), present, request.version()), zone, null);
    }

    @PostMapping("/api/v1/inspections/{id}/transfers")
    @Operation(summary = "移送: transfer a matter found to another department (free text, e.g. 市场监管局), recorded"
            + " with when and who; while in progress or after completion")
    ResponseEntity<InspectionView.Transfer> transfer(@AuthenticationPrincipal EnforcementUser user,
                                                     @PathVariable long id,
                                                     @RequestBody InspectionRequests.Transfer request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        InspectionFiles.InspectionFile file = transferring.transfer(user.actor(), id, request.toDepartment(),
                request.matter(), request.version());
        List<InspectionTransfer> all = file.inspection().getTransfers();
        InspectionTransfer t = all.get(all.size() - 1);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/inspections/{id}").buildAndExpand(id).toUri())
                .body(new InspectionView.Transfer(t.getId(), t.getToDepartment(), t.getMatter(),
                        InspectionView.at(t.getTransferredAt(), zone), t.getTransferredBy()));
    }

    static AttendeeRole role(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AttendeeRole.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<InspectionView.Warning> warnings(List<RepeatInspectionAlert> alerts) {
        return alerts.stream().map(a -> warning(a, messages)).toList();
    }

    static InspectionView.Warning warning(RepeatInspectionAlert a, MessageSource messages) {
        return new InspectionView.Warning("REPEAT_INSPECTION", a.count(), a.cap().asInt(), a.cap().source(),
                messages.getMessage("inspection.warning.repeat", new Object[] {a.count(), a.cap().asInt(),
                        a.cap().source()}, LocaleContextHolder.getLocale()));
    }
}
