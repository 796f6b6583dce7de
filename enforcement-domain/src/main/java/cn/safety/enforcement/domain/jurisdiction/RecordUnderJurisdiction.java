package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.division.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * A stored record {@link UnderJurisdiction}: the department it is assigned to ({@code department_id}), the division it
 * lies in ({@code division_code}, {@code city_code}, {@code province_code}) and the township inside that division
 * ({@code township_id}), the columns every such table has. They are set once, when the record is made, from what it is
 * made under; the lists filter on {@code departmentId} and {@code townshipId}, so the attributes keep these names.
 */
@MappedSuperclass
public abstract class RecordUnderJurisdiction implements UnderJurisdiction {

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Embedded
    private Location location;

    @Column(name = "township_id")
    private Long townshipId;

    protected RecordUnderJurisdiction() {
    }

    protected RecordUnderJurisdiction(long departmentId, Location location, Long townshipId) {
        this.departmentId = departmentId;
        this.location = location;
        this.townshipId = townshipId;
    }

    /** Assigned to the department of {@code under} and lying where it lies. */
    protected RecordUnderJurisdiction(UnderJurisdiction under) {
        this(under.assignedDepartmentId(), under.location(), under.townshipId());
    }

    @Override
    public long assignedDepartmentId() {
        return departmentId;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public Long townshipId() {
        return townshipId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Location getLocation() {
        return location;
    }

    public Long getTownshipId() {
        return townshipId;
    }

    /** The division code for a snapshot, or null while none is known. */
    protected String divisionCode() {
        return location == null ? null : location.divisionCode();
    }
}
