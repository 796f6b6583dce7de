package cn.safety.enforcement.domain.hazard;

/**
 * 摘牌: the supervising department lifted the listing of the closed hazard; the department stays named on the hazard
 * ({@code supervisedByDepartmentId}), the entry says who lifted it and when.
 */
public record HazardSupervisionLifted(HazardSnapshot before, HazardSnapshot after) implements HazardChange {
}
