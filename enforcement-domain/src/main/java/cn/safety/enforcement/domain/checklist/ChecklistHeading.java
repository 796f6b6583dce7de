package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;

import java.util.Set;

/**
 * What a list is and whom it applies to: its stable code, title, the standard's document number, the sectors, the
 * feature an enterprise must have (none: every enterprise of the sectors) and, for a 工贸 sub-industry list that the
 * inspector adds by hand, the industry.
 */
public record ChecklistHeading(String code, String title, String sourceDocument, Set<Sector> sectors,
                               Feature feature, String industry) {

    public ChecklistHeading {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}
