package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A part of a county (乡级区域): a town, township, street or development zone. It is where an entrusted organisation
 * (委托执法) enforces, and an enterprise may record which one it lies in. The official 9-digit code of the statistical
 * division codes (统计用区划代码, the county's six digits and three more) is kept when known; a zone that has none is
 * kept by name.
 * <p>Lifecycle: {@link #establish established} in a county that is in force, {@link #rename renamed} (with its kind
 * when 撤乡设镇); never moved (see docs/adr).
 */
@Entity
@Table(name = "township")
public class Township {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "township_seq")
    @SequenceGenerator(name = "township_seq", sequenceName = "township_seq", allocationSize = 50)
    private Long id;

    @Column(length = 9)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TownshipKind kind;

    /** The county (or city without counties) it lies in. */
    @Embedded
    private Location county;

    @Version
    private long version;

    protected Township() {
    }

    public static Township establish(String name, TownshipKind kind, String code, Division county) {
        if (county.isRetired()) {
            throw new RuleViolation("divisionCode", "department.division.retired");
        }
        if (county.getLevel() == DivisionLevel.PROVINCE) {
            throw new RuleViolation("divisionCode", "township.division.notCounty");
        }
        String n = requireName(name);
        String c = code == null || code.isBlank() ? null : code.strip();
        if (c != null && !(c.matches("[0-9]{9}") && c.startsWith(county.getCode()))) {
            throw new RuleViolation("code", "township.code.invalid");
        }
        Township t = new Township();
        t.name = n;
        t.kind = kind == null ? TownshipKind.TOWN : kind;
        t.code = c;
        t.county = county.location();
        return t;
    }

    /**
     * 更名: the new name and, when given, the new kind (撤乡设镇 changes both). The county and the code stay: a township
     * that moves to another county is a new one there.
     */
    public void rename(String newName, TownshipKind newKind) {
        this.name = requireName(newName);
        if (newKind != null) {
            this.kind = newKind;
        }
    }

    private static String requireName(String name) {
        return Text.requireLine("name", name, 100, "township.name.required");
    }

    public TownshipSnapshot snapshot() {
        return new TownshipSnapshot(id, code, name, kind, county.divisionCode());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TownshipKind getKind() {
        return kind;
    }

    public Location getCounty() {
        return county;
    }

    public String getDivisionCode() {
        return county.divisionCode();
    }

    public long getVersion() {
        return version;
    }
}
