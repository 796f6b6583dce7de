package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.evidence.Evidences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The evidence a report of a hazard may cite: pieces attached to this hazard and not withdrawn (one query). */
@Component
public class HazardEvidence {

    private final Evidences evidences;

    public HazardEvidence(Evidences evidences) {
        this.evidences = evidences;
    }

    public void requireOwn(Hazard h, List<Long> evidenceIds) {
        if (evidenceIds == null || evidenceIds.isEmpty()) {
            return;
        }
        Set<Long> own = of(h).stream().filter(e -> !e.isWithdrawn()).map(Evidence::getId)
                .collect(Collectors.toSet());
        for (Long id : evidenceIds) {
            if (id != null && !own.contains(id)) {
                throw new RuleViolation("evidenceIds", "hazard.evidence.unknown", id);
            }
        }
    }

    public List<Evidence> of(Hazard h) {
        return evidences.ofOwner(EvidenceOwner.HAZARD, h.getId());
    }
}
