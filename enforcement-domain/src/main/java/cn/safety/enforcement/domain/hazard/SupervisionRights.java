package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

import java.util.Optional;

/**
 * Who acts as the supervising department of 挂牌督办 (004§23: 各级安委办…实施挂牌跟踪督办，下达挂牌督办文件; 000§(九):
 * 制定事故隐患分类和分级挂牌督办标准), beside the territory that {@code JurisdictionPolicy} decides (it is asked first:
 * the department above reads the hazard because it reads below; a hazard outside the actor's scope is not found):
 * <ul>
 *   <li>{@link #requireSupervises} — a supervisor (负责人) of the enforcement department one level above the hazard's
 *       department issues the 挂牌督办通知书: the city above a county, the province above a city (and above a
 *       municipality's district or a county without a city); never the hazard's own department, never a department
 *       two levels up, never an entrusted organisation;</li>
 *   <li>{@link #requireLifts} — a supervisor of the department that supervises the hazard alone lifts the listing
 *       (摘牌).</li>
 * </ul>
 */
public final class SupervisionRights {

    private SupervisionRights() {
    }

    /**
     * The division of the department one level above {@code department}: its city, or its province when it has no city
     * or is a city; empty above a province.
     */
    public static Optional<String> upperDivisionOf(Department department) {
        Location at = department.getLocation();
        return switch (department.getLevel()) {
            case COUNTY -> Optional.of(at.cityCode() != null ? at.cityCode() : at.provinceCode());
            case CITY -> Optional.of(at.provinceCode());
            case PROVINCE -> Optional.empty();
        };
    }

    /** The message code of the refusal, or empty when the actor issues the notice for {@code hazardDepartment}. */
    public static Optional<String> supervisionRefusal(Actor actor, Department hazardDepartment) {
        if (actor.isEnterprise() || actor.entrusted() || !actor.has(Role.SUPERVISOR)) {
            return Optional.of("hazard.supervision.supervisorOnly");
        }
        boolean oneLevelUp = upperDivisionOf(hazardDepartment)
                .filter(code -> code.equals(actor.departmentLocation().divisionCode())).isPresent();
        return oneLevelUp ? Optional.empty() : Optional.of("hazard.supervision.upperDepartmentOnly");
    }

    public static void requireSupervises(Actor actor, Department hazardDepartment) {
        supervisionRefusal(actor, hazardDepartment).ifPresent(code -> {
            throw new OutOfJurisdiction(code);
        });
    }

    public static boolean supervises(Actor actor, Department hazardDepartment) {
        return supervisionRefusal(actor, hazardDepartment).isEmpty();
    }

    /** The message code of the refusal, or empty when the actor lifts the listing of {@code hazard}. */
    public static Optional<String> liftRefusal(Actor actor, Hazard hazard) {
        if (actor.isEnterprise() || actor.entrusted() || !actor.has(Role.SUPERVISOR)) {
            return Optional.of("hazard.supervision.supervisorOnly");
        }
        Long by = hazard.getSupervisedByDepartmentId();
        return by != null && by == actor.departmentId() ? Optional.empty()
                : Optional.of("hazard.supervision.supervisingDepartmentOnly");
    }

    public static void requireLifts(Actor actor, Hazard hazard) {
        liftRefusal(actor, hazard).ifPresent(code -> {
            throw new OutOfJurisdiction(code);
        });
    }
}
