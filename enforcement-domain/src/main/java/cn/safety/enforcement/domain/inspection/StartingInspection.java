package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItem;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanItems;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.PlanStatus;
import cn.safety.enforcement.domain.plan.Plans;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Starts an inspection (R4). Planned: from an item of the department's approved plan of the year (the item's
 * enterprise, a kind that fits the item: {@link InspectionKind#fits}); the plan's approval is the inspection's. Unplanned:
 * of an enterprise the actor acts on, with a trigger (002§(二)); it waits for a supervisor's approval unless urgent.
 * Either way: the inspectors ({@link CertifiedInspectors}), the experts ({@link PoolExperts}), the 重复检查 alert
 * ({@link RepeatInspectionAlert}), one result row per item of the checklists in force on the day. One open inspection
 * of an enterprise per department at a time: a second start (a double click) is refused with a conflict.
 */
@Service
@Transactional
public class StartingInspection {

    public static final String URGENT_APPROVAL_HOURS = "inspection.urgent-approval-hours";

    private final Inspections inspections;
    private final Enterprises enterprises;
    private final Plans plans;
    private final PlanItems planItems;
    private final UserAccounts accounts;
    private final Experts experts;
    private final RuleParameters rules;
    private final InspectionChecklists checklists;
    private final InspectionFacts facts;
    private final JurisdictionPolicy policy;
    private final InspectionFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public StartingInspection(Inspections inspections, Enterprises enterprises, Plans plans, PlanItems planItems,
                              UserAccounts accounts, Experts experts, RuleParameters rules,
                              InspectionChecklists checklists, InspectionFacts facts, JurisdictionPolicy policy,
                              InspectionFiles files,
                              ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.enterprises = enterprises;
        this.plans = plans;
        this.planItems = planItems;
        this.accounts = accounts;
        this.experts = experts;
        this.rules = rules;
        this.checklists = checklists;
        this.facts = facts;
        this.policy = policy;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is asked: kind and trigger by name; {@code startedAt} null means now; {@code acknowledgeRepeat} confirms a
     * planned start despite the 重复检查 warning.
     */
    public record Request(Long enterpriseId, Long planItemId, String kind, String trigger, boolean imminentDanger,
                          List<String> inspectors, List<Long> expertIds, Instant startedAt,
                          boolean acknowledgeRepeat) {
    }

    /** The inspection started, with the warnings shown (the 重复检查 alert). */
    public record Started(InspectionFiles.InspectionFile file, List<RepeatInspectionAlert> warnings) {
    }

    /** What the start page shows before anything is saved: the subject and this year's count with its alert. */
    public record Preview(Enterprise enterprise, PlanItem planItem, long departmentId, long inspectedThisYear,
                          Optional<RepeatInspectionAlert> alert, boolean keyEnterprise) {
    }

    public Started start(Actor actor, Request r) {
        requireInspects(actor);
        Subject subject = subject(actor, r.enterpriseId(), r.planItemId());
        Instant now = clock.instant();
        Instant startedAt = r.startedAt() == null ? now : r.startedAt();
        LocalDate day = startedAt.atZone(clock.getZone()).toLocalDate();
        String province = subject.enterprise().getLocation().provinceCode();
        List<RuleViolation.Problem> problems = new ArrayList<>();
        InspectionKind kind = parse(InspectionKind.class, r.kind(), "kind", "inspection.kind.unknown", problems);
        InspectionTrigger trigger = parse(InspectionTrigger.class, r.trigger(), "trigger",
                "inspection.trigger.unknown", problems);
        Set<Long> inspectorDepartments = new HashSet<>(Set.of(subject.departmentId()));
        if (actor.entrusted()) {
            inspectorDepartments.add(actor.departmentId());
        }
        List<InspectorOnDuty> inspectors = collect(problems, () -> CertifiedInspectors.check(r.inspectors(),
                accounts::findByUsername, inspectorDepartments, day,
                rules.require(CertifiedInspectors.MINIMUM, province, day)));
        Map<Long, Expert> found = r.expertIds() == null ? Map.of()
                : experts.findAllById(r.expertIds().stream().filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Expert::getId, Function.identity()));
        List<ExpertOnDuty> onDuty = collect(problems, () -> PoolExperts.check(r.expertIds(), found,
                subject.departmentId()));
        Optional<RepeatInspectionAlert> alert = alert(subject.enterprise(), day);
        boolean keyEnterprise = subject.item() != null && subject.item().getKind() == PlanItemKind.KEY
                || facts.onKeyList(subject.enterprise().getId(), day.getYear());
        Inspection.Opening opening = new Inspection.Opening(subject.departmentId(), subject.enterprise(),
                subject.item(), kind, trigger, r.imminentDanger(), keyEnterprise, startedAt,
                inspectors == null ? List.of() : inspectors, onDuty == null ? List.of() : onDuty,
                List.of(), rules.valueAt(URGENT_APPROVAL_HOURS, province, day), actor.username(), now,
                clock.getZone());
        if (kind != null || r.kind() == null || r.kind().isBlank()) {
            boolean triggerTyped = r.trigger() != null && !r.trigger().isBlank();
            List<RuleViolation.Problem> own = new ArrayList<>();
            collect(own, () -> Inspection.start(opening));
            // a trigger typed but unknown is told once, as unknown
            own.removeIf(p -> triggerTyped && trigger == null && "inspection.trigger.required".equals(p.messageCode()));
            problems.addAll(own);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (alert.isPresent() && alert.get().needsAcknowledgement(subject.item() != null) && !r.acknowledgeRepeat()) {
            throw new RepeatInspectionUnacknowledged(alert.get());
        }
        inspections.openOf(subject.departmentId(), subject.enterprise().getId()).ifPresent(open -> {
            throw new cn.safety.enforcement.domain.Conflict("enterpriseId", "inspection.alreadyOpen");
        });
        Inspection started = Inspection.start(new Inspection.Opening(opening.departmentId(), opening.enterprise(),
                opening.planItem(), kind, trigger, r.imminentDanger(), keyEnterprise, startedAt, inspectors, onDuty,
                checklists.inForce(subject.enterprise(), day), opening.urgentHours(), actor.username(), now,
                clock.getZone()));
        Inspection saved = inspections.add(started);
        List<RepeatInspectionAlert> warnings = alert.map(List::of).orElse(List.of());
        events.publishEvent(InspectionStarted.of(saved, warnings.stream()
                .map(w -> "REPEAT " + w.count() + "/" + w.cap().asInt()).toList()));
        return new Started(files.of(actor, saved), warnings);
    }

    /** The start page's look ahead: the subject as the actor may start it, and this year's count. */
    @Transactional(readOnly = true)
    public Preview preview(Actor actor, Long enterpriseId, Long planItemId) {
        requireInspects(actor);
        Subject subject = subject(actor, enterpriseId, planItemId);
        LocalDate day = LocalDate.now(clock);
        long count = countThisYear(subject.enterprise(), day);
        boolean key = subject.item() != null && subject.item().getKind() == PlanItemKind.KEY
                || facts.onKeyList(subject.enterprise().getId(), day.getYear());
        return new Preview(subject.enterprise(), subject.item(), subject.departmentId(), count,
                alert(subject.enterprise(), day), key);
    }

    private Optional<RepeatInspectionAlert> alert(Enterprise enterprise, LocalDate day) {
        return RepeatInspectionAlert.check(countThisYear(enterprise, day),
                rules.valueAt(PlanParameters.CAP, enterprise.getLocation().provinceCode(), day));
    }

    private long countThisYear(Enterprise enterprise, LocalDate day) {
        Instant from = day.withDayOfYear(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = day.withDayOfYear(1).plusYears(1).atStartOfDay(clock.getZone()).toInstant();
        return inspections.countOfEnterprise(enterprise.getId(), from, to);
    }

    private record Subject(Enterprise enterprise, PlanItem item, long departmentId) {
    }

    private Subject subject(Actor actor, Long enterpriseId, Long planItemId) {
        if (planItemId != null) {
            PlanItem item = planItems.findById(planItemId)
                    .orElseThrow(() -> new RuleViolation("planItemId", "inspection.planItem.unknown"));
            Plan plan = plans.findById(item.getPlanId()).filter(p -> policy.canRead(actor, p))
                    .orElseThrow(() -> new RuleViolation("planItemId", "inspection.planItem.unknown"));
            if (actor.entrusted() || item.getDepartmentId() != actor.departmentId()) {
                throw new OutOfJurisdiction("jurisdiction.act.ownDepartmentOnly");
            }
            if (plan.getStatus() != PlanStatus.APPROVED) {
                throw new cn.safety.enforcement.domain.Conflict("planItemId", "inspection.plan.notApproved");
            }
            if (enterpriseId != null && !enterpriseId.equals(item.getEnterpriseId())) {
                throw new RuleViolation("enterpriseId", "inspection.enterprise.notOfItem");
            }
            Enterprise e = enterprises.findById(item.getEnterpriseId())
                    .orElseThrow(() -> new NotFound("enterprise", item.getEnterpriseId()));
            return new Subject(e, item, item.getDepartmentId());
        }
        if (enterpriseId == null) {
            throw new RuleViolation("enterpriseId", "inspection.enterprise.required");
        }
        Enterprise e = enterprises.findById(enterpriseId).filter(x -> policy.canRead(actor, x))
                .orElseThrow(() -> new RuleViolation("enterpriseId", "inspection.enterprise.unknown"));
        policy.requireCanAct(actor, e);
        return new Subject(e, null, policy.actingDepartmentId(actor, e));
    }

    /** 执法人员 (and their heads) start inspections; an admin account alone does not. */
    static void requireInspects(Actor actor) {
        if (!actor.has(Role.INSPECTOR) && !actor.has(Role.SUPERVISOR)) {
            throw new OutOfJurisdiction("inspection.start.inspectorOnly");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String code,
                                               List<RuleViolation.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleViolation.Problem(field, code));
            return null;
        }
    }

    private static <T> T collect(List<RuleViolation.Problem> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolation v) {
            problems.addAll(v.problems());
            return null;
        }
    }
}
