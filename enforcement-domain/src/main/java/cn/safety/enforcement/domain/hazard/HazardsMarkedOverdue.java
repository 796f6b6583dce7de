package cn.safety.enforcement.domain.hazard;

import java.time.LocalDate;
import java.util.List;

/**
 * 逾期: on {@code asOf} the overdue job found the rectification deadline of {@code count} hazards of one department
 * passed, marked them overdue (逾期未整改) and escalated them to the department above. One entry per department and
 * run, listing the hazards by id: the job moves them in one statement, and the entry belongs to the department whose
 * admins read it (and to its province's chain).
 */
public record HazardsMarkedOverdue(Long departmentId, LocalDate asOf, long count, List<Long> hazardIds)
        implements OverdueRun {
}
