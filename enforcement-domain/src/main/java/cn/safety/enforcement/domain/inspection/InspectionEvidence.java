package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.evidence.Evidence;

import java.util.List;

/**
 * Port: the evidence of one inspection in one read: attached to the inspection, to one of its results, or its
 * signatures; in the order attached.
 */
public interface InspectionEvidence {

    @cn.safety.enforcement.domain.jurisdiction.Unscoped("the evidence of one inspection the caller was allowed to read"
            + " first (InspectionAccess.toRead); it lies under the inspection's own department and place")
    List<Evidence> of(long inspectionId);
}
