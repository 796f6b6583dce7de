package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The number patterns of a department, one per document type, with the number the next document would get. */
@Service
@Transactional(readOnly = true)
public class ReadingDocumentNumbering {

    private final DocumentNumberings numberings;
    private final DocumentCounters counters;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final Clock clock;

    public ReadingDocumentNumbering(DocumentNumberings numberings, DocumentCounters counters, Departments departments,
                                    JurisdictionPolicy policy, Clock clock) {
        this.numberings = numberings;
        this.counters = counters;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One type's numbering: the pattern in use ({@code set} false when it is the default) and the next number of this
     * year (a preview: another issue may take it first).
     */
    public record Row(DocumentType type, String pattern, boolean set, String nextNumber) {
    }

    public record Numbering(Department department, List<Row> rows) {
    }

    public Numbering of(Actor actor, long departmentId) {
        Department department = departments.findById(departmentId)
                .orElseThrow(() -> new NotFound("Department", departmentId));
        policy.requireCanAdministerDepartment(actor, department);
        int year = LocalDate.now(clock).getYear();
        Map<DocumentType, DocumentNumbering> set = numberings.findByDepartmentId(departmentId).stream()
                .collect(Collectors.toMap(DocumentNumbering::getType, Function.identity()));
        List<Row> rows = Arrays.stream(DocumentType.values()).map(t -> {
            DocumentNumbering n = set.get(t);
            NumberPattern p = n == null ? NumberPattern.DEFAULT : n.pattern();
            int next = counters.last(departmentId, t, year).orElse(0) + 1;
            return new Row(t, p.text(), n != null, p.format(year, next, t));
        }).toList();
        return new Numbering(department, rows);
    }

    /** The departments whose patterns the admin sets: their own and the enforcement departments below it. */
    public List<Department> departments(Actor actor) {
        policy.requireAdmin(actor);
        return policy.visibleDepartments(actor).stream()
                .filter(d -> !d.isEntrustedOrganisation())
                .filter(d -> d.getId() == actor.departmentId()
                        || actor.departmentLocation().strictlyContains(d.getLocation()))
                .sorted(java.util.Comparator.comparing(Department::getDivisionCode).thenComparing(Department::getId))
                .toList();
    }

    /** What {@code pattern} would give for the next document of {@code type} (for the page's live preview). */
    public String preview(String pattern, DocumentType type, int next) {
        return NumberPattern.parse("pattern", pattern).format(LocalDate.now(clock).getYear(), next, type);
    }
}
