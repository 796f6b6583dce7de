package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.evidence.Evidences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The evidence of a hazard, which its reports may cite: pieces attached to it and not withdrawn (one query). */
@Component
public class HazardEvidence {

    private final Evidences evidences;

    public HazardEvidence(Evidences evidences) {
        this.evidences = evidences;
    }

    /** The ids of the evidence attached to the hazard and not withdrawn: what its reports may cite. */
    public Set<Long> ownIds(Hazard h) {
        return of(h).stream().filter(e -> !e.isWithdrawn()).map(Evidence::getId).collect(Collectors.toSet());
    }

    public List<Evidence> of(Hazard h) {
        return evidences.ofOwner(EvidenceOwner.HAZARD, h.getId());
    }
}
