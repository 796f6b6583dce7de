package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.Inspections.InspectionFilter;
import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.util.List;

/** Fragment of {@link InspectionRepository}: the list of a scope, newest first, a keyset page at a time. */
interface InspectionPages {

    List<Inspection> page(Scope scope, InspectionFilter filter, Long afterId, int limit);
}
