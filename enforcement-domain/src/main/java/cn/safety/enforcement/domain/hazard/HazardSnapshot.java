package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hazard as the record keeps it (labelled {@code hazard.<field>}): where it stands in the loop, its deadlines, the
 * order and the plan (五落实), the measures in force.
 */
public record HazardSnapshot(Long id, Long departmentId, String divisionCode, Long enterpriseId, Long inspectionId,
                             Long checklistItemId, HazardSource source, HazardGrade grade, String description,
                             String place, String legalBasis, HazardStatus status, String requirements,
                             Long orderDocumentId, LocalDate dueOn, String dueSource, String planGoal,
                             String planResponsiblePerson, BigDecimal planFunds, String planMeasures,
                             LocalDate planCompletion, LocalDate recheckDueOn, String recheckDueSource,
                             HazardGrade gradeChangeTo, String gradeChangeReason, List<String> onsiteMeasures,
                             boolean overdue, boolean escalated, Long supervisedByDepartmentId, Instant closedAt)
        implements Snapshot {
}
