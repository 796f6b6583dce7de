package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.evidence.Evidence;

import java.util.List;

/**
 * Port: the evidence of one inspection in one read: attached to the inspection, to one of its results, or its
 * signatures; in the order attached.
 */
public interface InspectionEvidence {

    List<Evidence> of(long inspectionId);
}
