package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 执法+专家 (002§(十), 000§(十二)): the experts who join an inspection come from the inspecting department's own pool,
 * each once, and still in the pool. An expert of another department is refused like an unknown one.
 */
public final class PoolExperts {

    private PoolExperts() {
    }

    /** The experts on duty in the order given, or every problem at once (field {@code expertIds}). */
    public static List<ExpertOnDuty> check(List<Long> expertIds, Map<Long, Expert> found, long departmentId) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        List<ExpertOnDuty> onDuty = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long id : expertIds == null ? List.<Long>of() : expertIds) {
            if (id == null) {
                continue;
            }
            if (!seen.add(id)) {
                problems.add(new RuleViolation.Problem("expertIds", "inspection.experts.duplicate", id));
                continue;
            }
            Expert e = found.get(id);
            if (e == null || e.getDepartmentId() != departmentId) {
                problems.add(new RuleViolation.Problem("expertIds", "inspection.experts.notOfPool", id));
            } else if (!e.isActive()) {
                problems.add(new RuleViolation.Problem("expertIds", "inspection.experts.retired", e.getName()));
            } else {
                onDuty.add(new ExpertOnDuty(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return onDuty;
    }
}
