package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The inspections a user may read: one inspection, the list in keyset pages, the supervisors' approval queue. */
@Service
@Transactional(readOnly = true)
public class ReadingInspections {

    public static final int MAX_PAGE = 100;

    private final Inspections inspections;
    private final Departments departments;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final JurisdictionPolicy policy;
    private final Clock clock;

    public ReadingInspections(Inspections inspections, Departments departments, InspectionAccess access,
                              InspectionFiles files, JurisdictionPolicy policy, Clock clock) {
        this.inspections = inspections;
        this.departments = departments;
        this.access = access;
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    /** One line of a list. */
    public record Row(long id, long enterpriseId, String enterpriseName, String departmentName, InspectionKind kind,
                      InspectionTrigger trigger, InspectionStatus status, Instant startedAt, boolean planned,
                      boolean urgent, boolean approvalPending, boolean approvalOverdue, Instant approvalDueAt,
                      long version) {
    }

    /** A page of rows and the id to continue after (null at the end). */
    public record Slice(List<Row> rows, Long next) {
    }

    public InspectionFiles.InspectionFile get(Actor actor, long id) {
        return files.of(actor, access.toRead(actor, id));
    }

    public Slice list(Actor actor, Long enterpriseId, Instant from, Instant to, Long after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new RuleViolation("size", "inspection.list.size", MAX_PAGE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolation("to", "inspection.list.toBeforeFrom");
        }
        Scope scope = policy.scopeFor(actor);
        List<Inspection> page = inspections.page(scope, new Inspections.InspectionFilter(enterpriseId, from, to),
                after, size + 1);
        boolean more = page.size() > size;
        List<Inspection> shown = more ? page.subList(0, size) : page;
        List<Row> rows = rows(shown);
        return new Slice(rows, more ? shown.get(shown.size() - 1).getId() : null);
    }

    /** What waits for the actor's approval (before starting, or urgent ones started): oldest first. */
    public List<Row> awaitingApproval(Actor actor) {
        if (!ApprovalPolicy.approves(actor)) {
            return List.of();
        }
        return rows(inspections.awaitingApproval(policy.scopeFor(actor), MAX_PAGE).stream()
                .filter(i -> ApprovalPolicy.mayApprove(actor, i)).toList());
    }

    private List<Row> rows(List<Inspection> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = inspections.enterpriseNames(shown.stream().map(Inspection::getEnterpriseId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Inspections.NameOf::id, Inspections.NameOf::name, (a, b) -> a));
        Map<Long, String> departmentNames = departments.findAllById(shown.stream().map(Inspection::getDepartmentId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a));
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>(shown.size());
        for (Inspection i : shown) {
            rows.add(new Row(i.getId(), i.getEnterpriseId(), names.getOrDefault(i.getEnterpriseId(), ""),
                    departmentNames.getOrDefault(i.getDepartmentId(), ""), i.getKind(), i.getTrigger(),
                    i.getStatus(), i.getStartedAt(), i.planned(), i.isUrgent(), i.approvalPending(),
                    i.approvalOverdue(now), i.getApprovalDueAt(), i.getVersion()));
        }
        return rows;
    }
}
