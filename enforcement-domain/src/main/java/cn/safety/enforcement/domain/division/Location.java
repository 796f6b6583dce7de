package cn.safety.enforcement.domain.division;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where something sits in the division tree: its own division code with the codes of the city and province above
 * it. Containment is decided from these codes alone, so no tree walk is needed on any hot path.
 */
@Embeddable
public class Location implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "division_code", nullable = false, length = 6)
    private String divisionCode;

    @Column(name = "city_code", length = 6)
    private String cityCode;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    protected Location() {
    }

    public Location(String divisionCode, String cityCode, String provinceCode) {
        this.divisionCode = Objects.requireNonNull(divisionCode);
        this.cityCode = cityCode;
        this.provinceCode = Objects.requireNonNull(provinceCode);
    }

    /** True when {@code other} is this division or lies anywhere below it. */
    public boolean contains(Location other) {
        return divisionCode.equals(other.divisionCode)
                || divisionCode.equals(other.cityCode)
                || divisionCode.equals(other.provinceCode);
    }

    /** True when {@code other} lies below this division but is not this division itself. */
    public boolean strictlyContains(Location other) {
        return contains(other) && !divisionCode.equals(other.divisionCode);
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String cityCode() {
        return cityCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location other && divisionCode.equals(other.divisionCode);
    }

    @Override
    public int hashCode() {
        return divisionCode.hashCode();
    }

    @Override
    public String toString() {
        return divisionCode;
    }
}
