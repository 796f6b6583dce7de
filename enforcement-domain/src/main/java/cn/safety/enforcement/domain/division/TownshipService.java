package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Keeps the townships, streets and zones of the counties (reference data below the GB/T 2260 divisions). */
@Service
@Transactional
public class TownshipService {

    private final Townships townships;
    private final Divisions divisions;
    private final ApplicationEventPublisher events;

    public TownshipService(Townships townships, Divisions divisions, ApplicationEventPublisher events) {
        this.townships = townships;
        this.divisions = divisions;
        this.events = events;
    }

    /** Start-up work (demo data, loading reference data): establishes a township in {@code divisionCode}. */
    public Township establishAsSystem(String name, TownshipKind kind, String code, String divisionCode) {
        Division county = divisions.findByCode(divisionCode)
                .orElseThrow(() -> new RuleViolation("divisionCode", "enterprise.division.unknown"));
        Township t = townships.save(Township.establish(name, kind, code, county));
        events.publishEvent(new TownshipEstablished(t.snapshot()));
        return t;
    }
}
