package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.inspection.InspectionEvidence;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** The evidence of one inspection in one query over evidence_owner_idx (its own, its results', its signatures'). */
interface InspectionEvidenceRepository extends Repository<Evidence, Long>, InspectionEvidence {

    @Override
    @Query(value = """
            SELECT e.* FROM evidence e
            WHERE (e.owner_kind IN ('INSPECTION', 'SIGNATURE') AND e.owner_id = :id)
               OR (e.owner_kind = 'CHECKLIST_RESULT'
                   AND e.owner_id IN (SELECT r.id FROM inspection_result r WHERE r.inspection_id = :id))
            ORDER BY e.id""", nativeQuery = true)
    List<Evidence> of(@Param("id") long inspectionId);
}
