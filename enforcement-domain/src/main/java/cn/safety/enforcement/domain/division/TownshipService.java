package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Keeps the townships, streets and zones of the counties (reference data below the GB/T 2260 divisions): admins add
 * and rename those of the counties within their own area, like the divisions and departments of it.
 */
@Service
@Transactional
public class TownshipService {

    private final Townships townships;
    private final Divisions divisions;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;

    public TownshipService(Townships townships, Divisions divisions, JurisdictionPolicy policy,
                           ApplicationEventPublisher events) {
        this.townships = townships;
        this.divisions = divisions;
        this.policy = policy;
        this.events = events;
    }

    /**
     * An admin adds a township, street or zone to a county of their area. A county outside it is not found; a name the
     * county has already, or an official code already kept, is refused on its field.
     */
    public Township establish(Actor actor, String countyCode, String name, TownshipKind kind, String code) {
        Division county = countyOf(countyCode);
        policy.requireCanAdminister(actor, county.location());
        return establish(county, name, kind, code, actor.departmentId());
    }

    /** As above with the kind as sent ({@link TownshipKind#parse}), checked after who may add it there. */
    public Township establish(Actor actor, String countyCode, String name, String kind, String code) {
        Division county = countyOf(countyCode);
        policy.requireCanAdminister(actor, county.location());
        return establish(county, name, TownshipKind.parse(kind), code, actor.departmentId());
    }

    /** As below with the kind as sent ({@link TownshipKind#parse}), checked after who may rename it. */
    public Township rename(Actor actor, long id, long seenVersion, String name, String kind) {
        Township t = townships.findById(id).orElseThrow(() -> new NotFound(TownshipChange.AGGREGATE, id));
        policy.requireCanAdminister(actor, t.getCounty());
        return rename(actor, id, seenVersion, name, TownshipKind.parse(kind));
    }

    /** Start-up work (demo data, loading reference data): establishes a township in {@code divisionCode}. */
    public Township establishAsSystem(String name, TownshipKind kind, String code, String divisionCode) {
        return establish(countyOf(divisionCode), name, kind, code, null);
    }

    /** 更名 (and 撤乡设镇 when the kind changes too), on the version the admin saw. */
    public Township rename(Actor actor, long id, long seenVersion, String name, TownshipKind kind) {
        Township t = townships.findById(id).orElseThrow(() -> new NotFound(TownshipChange.AGGREGATE, id));
        policy.requireCanAdminister(actor, t.getCounty());
        StaleVersion.check(TownshipChange.AGGREGATE, id, seenVersion, t.getVersion());
        // asked before the entity changes: the query would otherwise flush the new name into the unique index first
        String wanted = name == null ? "" : name.strip();
        if (!wanted.isEmpty() && townships.existsByCountyDivisionCodeAndNameAndIdNot(t.getDivisionCode(), wanted,
                t.getId())) {
            throw new RuleViolation("name", "township.name.duplicate", wanted);
        }
        TownshipSnapshot before = t.snapshot();
        t.rename(name, kind);
        townships.save(t);
        events.publishEvent(new TownshipRenamed(before, t.snapshot(), actor.departmentId()));
        return t;
    }

    /** The townships of a county of the admin's area, for keeping them; a county outside it is not found. */
    @Transactional(readOnly = true)
    public List<Township> toAdminister(Actor actor, String countyCode) {
        Division county = countyOf(countyCode);
        policy.requireCanAdminister(actor, county.location());
        return townships.findByCounties(List.of(county.getCode()));
    }

    /**
     * The counties whose townships the admin keeps: those of their area, and cities without counties (东莞, 中山, 儋州),
     * active ones only, by code.
     */
    @Transactional(readOnly = true)
    public List<Division> countiesOf(Actor actor) {
        policy.requireAdmin(actor);
        List<Division> area = divisions.findWithin(actor.departmentLocation());
        java.util.Set<String> parents = new java.util.HashSet<>();
        area.forEach(d -> parents.add(d.getParentCode()));
        return area.stream().filter(d -> takesTownships(d, parents.contains(d.getCode()))).toList();
    }

    /** The townships of a county, for choosing one (reference data, like divisions). */
    @Transactional(readOnly = true)
    public List<Township> of(String divisionCode) {
        return divisionCode == null || divisionCode.isBlank() ? List.of()
                : townships.findByCounties(List.of(divisionCode.strip()));
    }

    /** Townships by id, for naming them in views (reference data, like divisions). */
    @Transactional(readOnly = true)
    public List<Township> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : townships.findAllById(ids);
    }

    private Township establish(Division county, String name, TownshipKind kind, String code, Long departmentId) {
        if (county.getLevel() == DivisionLevel.CITY && divisions.existsByParentCode(county.getCode())) {
            throw new RuleViolation("divisionCode", "township.division.notCounty");
        }
        Township t = Township.establish(name, kind, code, county);
        if (townships.existsByCountyDivisionCodeAndName(county.getCode(), t.getName())) {
            throw new RuleViolation("name", "township.name.duplicate", t.getName());
        }
        if (t.getCode() != null && townships.existsByCode(t.getCode())) {
            throw new RuleViolation("code", "township.code.duplicate");
        }
        t = townships.save(t);
        events.publishEvent(new TownshipEstablished(t.snapshot(), departmentId));
        return t;
    }

    private Division countyOf(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            throw new RuleViolation("divisionCode", "township.division.required");
        }
        return divisions.findByCode(c).orElseThrow(() -> new RuleViolation("divisionCode", "division.unknown"));
    }

    private static boolean takesTownships(Division d, boolean hasChildren) {
        return switch (d.getLevel()) {
            case COUNTY -> true;
            case CITY -> !hasChildren;
            case PROVINCE -> false;
        };
    }
}
