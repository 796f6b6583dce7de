package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the townships, streets and zones of the counties (reference data below the GB/T 2260 divisions). */
@Service
@Transactional
public class TownshipService {

    private final Townships townships;
    private final Divisions divisions;
    private final AuditTrail audit;

    public TownshipService(Townships townships, Divisions divisions, AuditTrail audit) {
        this.townships = townships;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** Start-up work (demo data, loading reference data): establishes a township in {@code divisionCode}. */
    public Township establishAsSystem(String name, TownshipKind kind, String code, String divisionCode) {
        Division county = divisions.findByCode(divisionCode)
                .orElseThrow(() -> new RuleViolation("divisionCode", "enterprise.division.unknown"));
        Township t = townships.save(Township.establish(name, kind, code, county));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", t.getId());
        after.put("name", t.getName());
        after.put("kind", t.getKind().name());
        after.put("code", t.getCode());
        after.put("divisionCode", t.getDivisionCode());
        audit.record(AuditActor.SYSTEM, "Township", t.getId(), "ESTABLISH", null, after);
        return t;
    }
}
