package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 委托执法 (003§(十四)): an admin of an enforcement department entrusts an organisation with one township or zone of the
 * department's area, for a period, under an entrustment document; ends it early with a reason; and lists them. The
 * organisation is named on the request: one that does not exist yet in the township's county is established as an
 * entrusted organisation, whose accounts the admin then opens like any other.
 */
@Service
@Transactional
public class EntrustingEnforcement {

    private static final String AGGREGATE = "Entrustment";

    private final Entrustments entrustments;
    private final Departments departments;
    private final Divisions divisions;
    private final Townships townships;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EntrustingEnforcement(Entrustments entrustments, Departments departments, Divisions divisions,
                                 Townships townships, JurisdictionPolicy policy, ApplicationEventPublisher events,
                                 Clock clock) {
        this.entrustments = entrustments;
        this.departments = departments;
        this.divisions = divisions;
        this.townships = townships;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** What an entrustment is asked for. */
    public record Request(String organisationName, Long townshipId, LocalDate validFrom, LocalDate validUntil,
                          String documentNumber) {
    }

    public Entrustment entrust(Actor actor, Request request) {
        Rights.requireEntrusts(actor);
        Department entrusting = departments.findById(actor.departmentId()).orElseThrow();
        if (request.townshipId() == null) {
            throw new RuleViolation("townshipId", "entrustment.township.required");
        }
        Township township = townships.findById(request.townshipId())
                .orElseThrow(() -> new RuleViolation("townshipId", "township.unknown"));
        policy.requireCanEntrust(actor, entrusting, township);
        Department organisation = organisation(request.organisationName(), township);
        Entrustment e = entrustments.save(Entrustment.grant(entrusting, organisation, township, request.validFrom(),
                request.validUntil(), request.documentNumber(), actor.username(), clock.instant()));
        events.publishEvent(EnforcementEntrusted.of(e, organisation.getName()));
        return e;
    }

    public Entrustment end(Actor actor, long id, Long seenVersion, String reason) {
        Entrustment e = load(id);
        Department entrusting = departments.findById(e.getDepartmentId()).orElseThrow();
        policy.requireCanEndEntrustment(actor, e, entrusting);
        if (seenVersion != null) {
            StaleVersion.check(AGGREGATE, id, seenVersion, e.getVersion());
        }
        EntrustmentEnded ended = e.end(LocalDate.now(clock), reason, actor.username());
        entrustments.save(e);
        events.publishEvent(ended);
        return e;
    }

    @Transactional(readOnly = true)
    public Entrustment get(Actor actor, long id) {
        Entrustment e = load(id);
        policy.requireCanReadEntrustment(actor, e);
        return e;
    }

    /** The entrustments of the departments the actor reads, and those held by the actor's own organisation. */
    @Transactional(readOnly = true)
    public List<Entrustment> list(Actor actor) {
        return entrustments.list(policy.entrustmentScopeFor(actor), actor.departmentId());
    }

    /** Whether the actor may end {@code e}: for the page's buttons. */
    @Transactional(readOnly = true)
    public boolean canEnd(Actor actor, Entrustment e) {
        return departments.findById(e.getDepartmentId())
                .map(d -> policy.canEndEntrustment(actor, e, d)).orElse(false)
                && e.endableOn(LocalDate.now(clock));
    }

    /** The townships an admin may entrust: those of the counties within the own department's area. */
    @Transactional(readOnly = true)
    public List<Township> entrustableTownships(Actor actor) {
        if (!Rights.entrusts(actor)) {
            return List.of();
        }
        List<String> counties = divisions.findWithin(actor.departmentLocation()).stream()
                .map(Division::getCode).toList();
        return townships.findByCounties(counties);
    }

    /** Townships by id, for naming them in views (townships are reference data, like divisions). */
    @Transactional(readOnly = true)
    public List<Township> townships(java.util.Collection<Long> ids) {
        return townships.findAllById(ids);
    }

    /** The townships of a county, for choosing one (reference data, like divisions). */
    @Transactional(readOnly = true)
    public List<Township> townshipsOf(String divisionCode) {
        return divisionCode == null || divisionCode.isBlank() ? List.of()
                : townships.findByCounties(List.of(divisionCode.strip()));
    }

    @Transactional(readOnly = true)
    public boolean inForce(Entrustment e) {
        return e.inForceOn(LocalDate.now(clock));
    }

    private Department organisation(String name, Township township) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new RuleViolation("organisationName", "entrustment.organisation.required");
        }
        if (n.length() > 100 || Text.hasControlCharactersInLine(n)) {
            throw new RuleViolation("organisationName", "field.tooLong", 100);
        }
        List<Department> sameName = departments.findByDivisionCodes(List.of(township.getDivisionCode())).stream()
                .filter(d -> d.getName().equals(n)).toList();
        if (!sameName.isEmpty()) {
            Department existing = sameName.get(0);
            if (!existing.isEntrustedOrganisation()) {
                throw new RuleViolation("organisationName", "entrustment.organisation.notEntrusted");
            }
            return existing;
        }
        Division county = divisions.findByCode(township.getDivisionCode()).orElseThrow();
        return departments.save(Department.establishEntrustedOrganisation(n, county, clock.instant()));
    }

    private Entrustment load(long id) {
        return entrustments.findById(id).orElseThrow(() -> new NotFound(AGGREGATE, id));
    }
}
