package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 挂牌督办 queue of a department above (R16): the hazards of the departments below it (read through the
 * jurisdiction policy's scope, less the reader's own department, whose hazards are listed for the department above it)
 * that are listed for supervision (open, major or overdue), or supervised and not yet lifted. A city sees its
 * counties'; a province sees its cities' and, below them, what its cities supervise. An inspector, who reads only their
 * own department, has no queue.
 */
@Service
@Transactional(readOnly = true)
public class ReadingSupervisionQueue {

    private final SupervisedHazards queue;
    private final Hazards hazards;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final Clock clock;

    public ReadingSupervisionQueue(SupervisedHazards queue, Hazards hazards, Departments departments,
                                   JurisdictionPolicy policy, Clock clock) {
        this.queue = queue;
        this.hazards = hazards;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
    }

    public ReadingHazards.Slice list(Actor actor, Long after, int size) {
        if (size < 1 || size > ReadingHazards.MAX_PAGE) {
            throw new RuleViolation("size", "hazard.list.size", ReadingHazards.MAX_PAGE);
        }
        if (actor.isEnterprise() || actor.entrusted()) {
            return new ReadingHazards.Slice(List.of(), null);
        }
        Set<Long> below = policy.scopeFor(actor).departmentIds().stream()
                .filter(d -> d != actor.departmentId()).collect(Collectors.toSet());
        if (below.isEmpty()) {
            return new ReadingHazards.Slice(List.of(), null);
        }
        List<Hazard> page = queue.pageQueue(new Scope(below), after, size + 1);
        boolean more = page.size() > size;
        List<Hazard> shown = more ? page.subList(0, size) : page;
        return new ReadingHazards.Slice(rows(shown), more ? shown.get(shown.size() - 1).getId() : null);
    }

    private List<ReadingHazards.Row> rows(List<Hazard> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = hazards.enterpriseNames(shown.stream().map(Hazard::getEnterpriseId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Hazards.NameOf::id, Hazards.NameOf::name, (a, b) -> a));
        Map<Long, String> departmentNames = departments.findAllById(shown.stream().map(Hazard::getDepartmentId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        List<ReadingHazards.Row> rows = new ArrayList<>(shown.size());
        for (Hazard h : shown) {
            rows.add(new ReadingHazards.Row(h.getId(), h.getEnterpriseId(),
                    names.getOrDefault(h.getEnterpriseId(), ""), h.getDepartmentId(),
                    departmentNames.getOrDefault(h.getDepartmentId(), ""), h.getSource(), h.getGrade(),
                    h.getStatus(), h.getDescription(), h.getDueOn(), h.daysLeft(today).orElse(null),
                    h.getRecheckDueOn(), h.isOverdue(), h.isEscalated(), h.getSupervisedByDepartmentId(),
                    h.getVersion()));
        }
        return rows;
    }
}
