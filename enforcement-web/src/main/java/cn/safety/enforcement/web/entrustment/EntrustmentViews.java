package cn.safety.enforcement.web.entrustment;

import cn.safety.enforcement.web.division.TownshipView;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Entrustment;
import cn.safety.enforcement.domain.jurisdiction.EntrustingEnforcement;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names the departments, organisations and townships of entrustments, one query per kind. */
@Component
class EntrustmentViews {

    private final DepartmentService departments;
    private final EntrustingEnforcement entrusting;
    private final Clock clock;

    EntrustmentViews(DepartmentService departments, EntrustingEnforcement entrusting, Clock clock) {
        this.departments = departments;
        this.entrusting = entrusting;
        this.clock = clock;
    }

    List<EntrustmentView> toViews(Actor reader, List<Entrustment> entrustments) {
        Set<Long> departmentIds = new HashSet<>();
        Set<Long> townshipIds = new HashSet<>();
        for (Entrustment e : entrustments) {
            departmentIds.add(e.getDepartmentId());
            departmentIds.add(e.getOrganisationId());
            townshipIds.add(e.getTownshipId());
        }
        Map<Long, String> departmentNames = departments.byIds(departmentIds).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        Map<Long, String> townshipNames = entrusting.townships(townshipIds).stream()
                .collect(Collectors.toMap(Township::getId, Township::getName));
        LocalDate today = LocalDate.now(clock);
        return entrustments.stream().map(e -> new EntrustmentView(e.getId(), e.getDepartmentId(),
                departmentNames.get(e.getDepartmentId()), e.getOrganisationId(),
                departmentNames.get(e.getOrganisationId()), e.getTownshipId(), townshipNames.get(e.getTownshipId()),
                e.getValidFrom(), e.getValidUntil(), e.getDocumentNumber(), state(e, today), e.getEndedOn(),
                e.getEndReason(), e.getVersion(), entrusting.canEnd(reader, e))).toList();
    }

    EntrustmentView toView(Actor reader, Entrustment e) {
        return toViews(reader, List.of(e)).get(0);
    }

    static List<TownshipView> townshipViews(List<Township> townships) {
        return TownshipView.of(townships);
    }

    private static String state(Entrustment e, LocalDate today) {
        if (e.getEndedOn() != null) {
            return "ENDED";
        }
        if (today.isBefore(e.getValidFrom())) {
            return "NOT_YET";
        }
        return today.isAfter(e.getValidUntil()) ? "EXPIRED" : "IN_FORCE";
    }

}
