package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An administrative division (行政区划) with its GB/T 2260 code.
 * <p>Lifecycle: loaded from the national list or {@link #establish established} by an admin, {@link #rename renamed}
 * when its name changes, {@link #retire retired} when its code is withdrawn. A retired division keeps its records but
 * takes no new enterprise or department.
 */
@Entity
@Table(name = "division")
public class Division {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DivisionLevel level;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    @Column(name = "city_code", length = 6)
    private String cityCode;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "retired_reason", length = 500)
    private String retiredReason;

    @Version
    private long version;

    protected Division() {
    }

    /** Adds a division under {@code parent}; a province (no parent) must end in 0000. */
    public static Division establish(String code, String name, Division parent) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "division.code.format");
        }
        String trimmed = requireName(name);
        Division d = new Division();
        d.code = code;
        d.name = trimmed;
        if (parent == null) {
            if (!code.endsWith("0000")) {
                throw new RuleViolation("code", "division.code.province");
            }
            d.level = DivisionLevel.PROVINCE;
            d.provinceCode = code;
            return d;
        }
        if (parent.isRetired()) {
            throw new RuleViolation("parentCode", "division.parent.retired");
        }
        if (!code.startsWith(parent.code.substring(0, 2))) {
            throw new RuleViolation("code", "division.code.prefix", parent.code.substring(0, 2));
        }
        d.parentCode = parent.code;
        d.provinceCode = parent.provinceCode;
        if (parent.level == DivisionLevel.PROVINCE && code.endsWith("00")) {
            d.level = DivisionLevel.CITY;
            d.cityCode = code;
        } else if (parent.level == DivisionLevel.COUNTY) {
            throw new RuleViolation("parentCode", "division.parent.county");
        } else if (parent.level == DivisionLevel.CITY
                && (!code.startsWith(parent.code.substring(0, 4)) || code.endsWith("00"))) {
            throw new RuleViolation("code", "division.code.prefix", parent.code.substring(0, 4));
        } else {
            d.level = DivisionLevel.COUNTY;
            d.cityCode = parent.cityCode;
        }
        return d;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    /** 撤销: the code is withdrawn on {@code on}, for a reason the record keeps (e.g. the State Council's approval). */
    public void retire(LocalDate on, String reason) {
        if (isRetired()) {
            throw new RuleViolation(null, "division.alreadyRetired");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "division.retire.reasonRequired");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > 500) {
            throw new RuleViolation("reason", "division.retire.reasonTooLong");
        }
        if (cn.safety.enforcement.domain.Text.hasControlCharacters(trimmed)) {
            throw new RuleViolation("reason", "field.controlCharacters");
        }
        this.retiredOn = on;
        this.retiredReason = trimmed;
    }

    public void reinstate() {
        this.retiredOn = null;
        this.retiredReason = null;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "division.name.required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > 64) {
            throw new RuleViolation("name", "division.name.tooLong");
        }
        if (cn.safety.enforcement.domain.Text.hasControlCharactersInLine(trimmed)) {
            throw new RuleViolation("name", "field.controlCharacters");
        }
        return trimmed;
    }

    public Location location() {
        return new Location(code, cityCode, provinceCode);
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    /** The division as the record keeps it. */
    public DivisionSnapshot snapshot() {
        return new DivisionSnapshot(code, name, level, parentCode, retiredOn, retiredReason);
    }

    public String getRetiredReason() {
        return retiredReason;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DivisionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCityCode() {
        return cityCode;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public long getVersion() {
        return version;
    }
}
