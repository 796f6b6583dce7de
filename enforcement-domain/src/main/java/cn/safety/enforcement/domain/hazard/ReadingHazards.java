package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The hazards a user may read: one hazard, and the list in keyset pages (scope first; the account of an enterprise
 * reads its own enterprise's hazards only).
 */
@Service
@Transactional(readOnly = true)
public class ReadingHazards {

    public static final int MAX_PAGE = 100;

    private final Hazards hazards;
    private final Departments departments;
    private final HazardAccess access;
    private final HazardFiles files;
    private final JurisdictionPolicy policy;
    private final Clock clock;

    public ReadingHazards(Hazards hazards, Departments departments, HazardAccess access, HazardFiles files,
                          JurisdictionPolicy policy, Clock clock) {
        this.hazards = hazards;
        this.departments = departments;
        this.access = access;
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One line of a list. {@code daysLeft}: calendar days until {@code dueOn} while the enterprise is under order, null
     * otherwise; {@code dueUnit} the unit the deadline was given in (the pages count the days left in it).
     */
    public record Row(long id, long enterpriseId, String enterpriseName, long departmentId, String departmentName,
                      HazardSource source, HazardGrade grade, HazardStatus status, String description,
                      LocalDate dueOn, PeriodUnit dueUnit, Long daysLeft, LocalDate recheckDueOn, boolean overdue,
                      boolean escalated, Long supervisedByDepartmentId, long version) {
    }

    /** A page of rows and the id to continue after (null at the end). */
    public record Slice(List<Row> rows, Long next) {
    }

    public HazardFiles.HazardFile get(Actor actor, long id) {
        return files.of(actor, access.toRead(actor, id));
    }

    public Slice list(Actor actor, Hazards.HazardFilter filter, Long after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new RuleViolation("size", "hazard.list.size", MAX_PAGE);
        }
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueTo().isBefore(filter.dueFrom())) {
            throw new RuleViolation("dueTo", "hazard.list.dueToBeforeFrom");
        }
        List<Hazard> page = pageFor(actor, filter, after, size + 1);
        boolean more = page.size() > size;
        List<Hazard> shown = more ? page.subList(0, size) : page;
        return new Slice(rows(shown), more ? shown.get(shown.size() - 1).getId() : null);
    }

    List<Row> rows(List<Hazard> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Names named = namesOf(shown);
        Map<Long, String> names = named.enterprises();
        Map<Long, String> departmentNames = named.departments();
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = new ArrayList<>(shown.size());
        for (Hazard h : shown) {
            rows.add(new Row(h.getId(), h.getEnterpriseId(), names.getOrDefault(h.getEnterpriseId(), ""),
                    h.getDepartmentId(), departmentNames.getOrDefault(h.getDepartmentId(), ""), h.getSource(),
                    h.getGrade(), h.getStatus(), h.getDescription(), h.getDueOn(), h.getDueUnit(),
                    h.daysLeft(today).orElse(null),
                    h.getRecheckDueOn(), h.isOverdue(), h.isEscalated(), h.getSupervisedByDepartmentId(),
                    h.getVersion()));
        }
        return rows;
    }

    /**
     * Up to {@code limit} hazards the actor reads, newest first after {@code after}: within the actor's scope, or for
     * an enterprise's account its own enterprise's (another enterprise asked for gives nothing).
     */
    List<Hazard> pageFor(Actor actor, Hazards.HazardFilter filter, Long after, int limit) {
        if (actor.isEnterprise()) {
            return filter.enterpriseId() != null && !filter.enterpriseId().equals(actor.enterpriseId()) ? List.of()
                    : hazards.pageOfEnterprise(actor.enterpriseId(), filter, after, limit);
        }
        return hazards.page(policy.scopeFor(actor), filter, after, limit);
    }

    /** The names of the enterprises and departments of a page of hazards, by id. */
    record Names(Map<Long, String> enterprises, Map<Long, String> departments) {
    }

    /** The names of the page's enterprises and departments: one query each, whatever the page's size. */
    Names namesOf(List<Hazard> shown) {
        Map<Long, String> enterprises = hazards.enterpriseNames(shown.stream().map(Hazard::getEnterpriseId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Hazards.NameOf::id, Hazards.NameOf::name, (a, b) -> a));
        Map<Long, String> departmentNames = departments.findAllById(shown.stream().map(Hazard::getDepartmentId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a));
        return new Names(enterprises, departmentNames);
    }
}
