package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.division.Location;

/**
 * Anything under jurisdiction: enterprises today, plans, inspections, hazards and cases tomorrow. It is assigned to
 * exactly one enforcement department, which alone acts on it, and it lies somewhere: a division and, where a
 * department has entrusted part of its area (委托执法), the township or zone inside that division.
 * {@link JurisdictionPolicy} decides every read and act from these three facts alone.
 */
public interface UnderJurisdiction {

    long assignedDepartmentId();

    /** The division the record lies in (a county, or a city without counties). */
    Location location();

    /** The township, street or zone (乡镇/街道/开发区) inside the division, or null when none is recorded. */
    default Long townshipId() {
        return null;
    }
}
