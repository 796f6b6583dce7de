package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Admins keep the division list of their own area: add, rename, retire and reinstate. */
@Service
@Transactional
public class DivisionService {

    private static final String AGGREGATE = "Division";

    private final Divisions divisions;
    private final JurisdictionPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public DivisionService(Divisions divisions, JurisdictionPolicy policy, Clock clock,
                           ApplicationEventPublisher events) {
        this.divisions = divisions;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    public Division establish(Actor actor, String code, String name, String parentCode) {
        Division parent = divisions.findByCode(parentCode == null ? "" : parentCode.strip())
                .orElseThrow(() -> new RuleViolation("parentCode", "division.parent.unknown"));
        policy.requireCanAdminister(actor, parent.location());
        String clean = code == null ? null : code.strip();
        if (clean == null || !clean.matches("[0-9]{6}")) {
            throw new RuleViolation("code", "division.code.format");
        }
        if (divisions.existsById(clean)) {
            throw new RuleViolation("code", "division.code.duplicate");
        }
        Division d = divisions.save(Division.establish(clean, name, parent));
        events.publishEvent(new DivisionEstablished(d.snapshot(), actor.departmentId()));
        return d;
    }

    public Division rename(Actor actor, String code, long seenVersion, String name) {
        return change(actor, code, seenVersion, d -> d.rename(name), DivisionRenamed::new);
    }

    /** A division the actor administers, to show before changing it; any other is not found. */
    @Transactional(readOnly = true)
    public Division toAdminister(Actor actor, String code) {
        Division d = get(code);
        policy.requireCanAdministerDivision(actor, d.location());
        return d;
    }

    public Division retire(Actor actor, String code, long seenVersion, String reason) {
        return change(actor, code, seenVersion, d -> d.retire(LocalDate.now(clock), reason), DivisionRetired::new);
    }

    public Division reinstate(Actor actor, String code, long seenVersion) {
        return change(actor, code, seenVersion, Division::reinstate, DivisionReinstated::new);
    }

    /** The event of a change, from the state before and after and the acting admin's department. */
    private interface Recorded {
        DivisionChanged of(DivisionSnapshot before, DivisionSnapshot after, Long departmentId);
    }

    private Division change(Actor actor, String code, long seenVersion, java.util.function.Consumer<Division> act,
                            Recorded event) {
        Division d = get(code);
        policy.requireCanAdministerDivision(actor, d.location());
        StaleVersion.check(AGGREGATE, code, seenVersion, d.getVersion());
        DivisionSnapshot before = d.snapshot();
        act.accept(d);
        divisions.save(d);
        events.publishEvent(event.of(before, d.snapshot(), actor.departmentId()));
        return d;
    }

    @Transactional(readOnly = true)
    public Division get(String code) {
        return divisions.findByCode(code).orElseThrow(() -> new NotFound(AGGREGATE, code));
    }

    /** Browsing the admin's own area: {@code code} (default: the admin's division) with its path and children. */
    @Transactional(readOnly = true)
    public DivisionBranch browse(Actor actor, String code) {
        String start = code == null || code.isBlank() ? actor.departmentLocation().divisionCode() : code.strip();
        Division current = get(start);
        policy.requireCanAdminister(actor, current.location());
        java.util.LinkedList<Division> trail = new java.util.LinkedList<>();
        Division walk = current;
        while (walk != null && policy.canAdminister(actor, walk.location())) {
            trail.addFirst(walk);
            walk = walk.getParentCode() == null ? null : divisions.findByCode(walk.getParentCode()).orElse(null);
        }
        return new DivisionBranch(current, List.copyOf(trail), divisions.findByParentCodeOrderByCode(start));
    }

    /** The children of {@code parentCode}, or the provinces when it is null. Division names are public reference data. */
    @Transactional(readOnly = true)
    public List<Division> children(String parentCode) {
        return parentCode == null || parentCode.isBlank()
                ? divisions.findByParentCodeIsNullOrderByCode()
                : divisions.findByParentCodeOrderByCode(parentCode.strip());
    }

    /** The active divisions of the actor's own area. */
    @Transactional(readOnly = true)
    public List<Division> withinAreaOf(Actor actor) {
        return divisions.findWithin(actor.departmentLocation());
    }

    /**
     * Where the actor may place an enterprise: the counties of their area, and cities that have no counties (东莞,
     * 中山, 儋州); never a province, never a city that is divided into counties.
     */
    @Transactional(readOnly = true)
    public List<Division> enterpriseLocationsOf(Actor actor) {
        List<Division> area = divisions.findWithin(actor.departmentLocation());
        java.util.Set<String> parents = new java.util.HashSet<>();
        area.forEach(d -> parents.add(d.getParentCode()));
        return area.stream().filter(d -> d.getLevel() == DivisionLevel.COUNTY
                || (d.getLevel() == DivisionLevel.CITY && !parents.contains(d.getCode()))).toList();
    }

    @Transactional(readOnly = true)
    public List<Division> byCodes(java.util.Collection<String> codes) {
        return codes.isEmpty() ? List.of() : divisions.findAllByCodeIn(codes);
    }

    /** Autocomplete limited to the actor's own area. */
    @Transactional(readOnly = true)
    public List<Division> suggest(Actor actor, String term, int limit) {
        return divisions.suggest(actor.departmentLocation(), term == null ? "" : term.strip(),
                Math.max(1, Math.min(limit, 50)));
    }
}
