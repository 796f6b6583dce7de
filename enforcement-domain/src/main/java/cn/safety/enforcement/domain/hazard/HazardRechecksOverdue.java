package cn.safety.enforcement.domain.hazard;

import java.time.LocalDate;
import java.util.List;

/**
 * On {@code asOf} the overdue job found the department's own re-check deadline of {@code count} reported hazards
 * passed (安全生产事故隐患排查治理暂行规定 第二十三条: within 10 days). One entry per department and run, listing them.
 */
public record HazardRechecksOverdue(Long departmentId, LocalDate asOf, long count, List<Long> hazardIds)
        implements OverdueRun {
}
