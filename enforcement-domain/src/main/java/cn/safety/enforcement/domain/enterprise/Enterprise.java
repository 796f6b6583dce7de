package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An enterprise (生产经营单位) in the registry, assigned to exactly one enforcement department.
 * <p>Lifecycle: {@link #register registered} by a department within whose division it lies, {@link #revise revised}
 * by that department, {@link #reassign reassigned} by an admin or {@link #takeOver taken over} (提级管辖) by a higher
 * level, always with a reason; every assignment is kept in its history.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise implements UnderJurisdiction {

    static final int MAX_EMPLOYEES = 10_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
    @SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = 50)
    private Long id;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 300)
    private String address;

    @Embedded
    private Location location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Sector sector;

    /** 涉爆粉尘, 涉氨制冷, …: only for a sector that {@link Sector#takesFeatures() takes features}. */
    @Convert(converter = FeaturesColumn.class)
    @Column(nullable = false, columnDefinition = "varchar(32)[]")
    private Set<Feature> features = Set.of();

    @Column(nullable = false)
    private int employees;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Scale scale;

    @Column(name = "legal_representative", length = 64)
    private String legalRepresentative;

    @Column(name = "main_responsible_person", length = 64)
    private String mainResponsiblePerson;

    @Column(name = "safety_organization", nullable = false)
    private boolean safetyOrganization;

    @Column(name = "full_time_safety_staff", nullable = false)
    private int fullTimeSafetyStaff;

    @Column(name = "part_time_safety_staff", nullable = false)
    private int partTimeSafetyStaff;

    @Enumerated(EnumType.STRING)
    @Column(name = "standardization_grade", nullable = false, length = 16)
    private StandardizationGrade standardizationGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_grade", nullable = false, length = 8)
    private RiskGrade riskGrade;

    @Column(name = "major_hazard_sources", nullable = false)
    private int majorHazardSources;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OperatingStatus status;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    /** The township, street or zone it lies in (乡镇/街道/开发区), where known; within its division. */
    @Column(name = "township_id")
    private Long townshipId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("assignedAt DESC, id DESC")
    private List<EnterpriseAssignment> assignments = new ArrayList<>();

    protected Enterprise() {
    }

    /**
     * Registers an enterprise located in {@code division} and assigns it to {@code department}, whose division must
     * contain that location.
     */
    public static Enterprise register(CreditCode creditCode, EnterpriseProfile profile, Division division,
                                      Department department, String by, Instant now) {
        return register(creditCode, profile, division, null, department, by, now);
    }

    /** As above, lying in {@code township} of that division (null: not known). */
    public static Enterprise register(CreditCode creditCode, EnterpriseProfile profile, Division division,
                                      Township township, Department department, String by, Instant now) {
        Enterprise e = new Enterprise();
        e.creditCode = creditCode.value();
        e.apply(profile, division, department);
        e.townshipId = townshipWithin(township, e.location);
        e.departmentId = department.getId();
        e.createdAt = now;
        e.updatedAt = now;
        e.assignments.add(new EnterpriseAssignment(e, null, department.getId(), AssignmentKind.INITIAL, null, by, now));
        return e;
    }

    /** Changes what is recorded about the enterprise; a new location must still lie within its department. */
    public EnterpriseRevised revise(EnterpriseProfile profile, Division division, Department department,
                                    Instant now) {
        EnterpriseSnapshot before = snapshot();
        if (!department.getId().equals(departmentId)) {
            throw new IllegalArgumentException("revise with the assigned department");
        }
        boolean newLocation = division == null || !division.getCode().equals(location.divisionCode());
        List<RuleViolation.Problem> problems = problemsWith(profile, division, department, newLocation);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (newLocation) {
            // a township belongs to one county: a new division leaves the township unknown until it is placed again
            this.townshipId = null;
        }
        assign(profile, division);
        this.updatedAt = now;
        return new EnterpriseRevised(before, snapshot());
    }

    /**
     * As above, and records the township of its (new) division that it lies in (null: not known): the form that shows
     * both changes both at once.
     */
    public EnterpriseRevised revise(EnterpriseProfile profile, Division division, Township township,
                                    Department department, Instant now) {
        if (division != null && township != null && !township.getDivisionCode().equals(division.getCode())) {
            throw new RuleViolation("townshipId", "enterprise.township.outsideDivision");
        }
        EnterpriseSnapshot before = snapshot();
        revise(profile, division, department, now);
        this.townshipId = townshipWithin(township, location);
        return new EnterpriseRevised(before, snapshot());
    }

    /** The id of {@code township} when it lies in {@code location}'s division; refused on the field otherwise. */
    private static Long townshipWithin(Township township, Location location) {
        if (township == null) {
            return null;
        }
        if (!township.getDivisionCode().equals(location.divisionCode())) {
            throw new RuleViolation("townshipId", "enterprise.township.outsideDivision");
        }
        return township.getId();
    }

    /** Records the township, street or zone of its division that the enterprise lies in (null: not known). */
    public EnterprisePlacedInTownship placeIn(Township township, Instant now) {
        Long within = townshipWithin(township, location);
        EnterpriseSnapshot before = snapshot();
        this.townshipId = within;
        this.updatedAt = now;
        return new EnterprisePlacedInTownship(before, snapshot());
    }

    /**
     * 指定管辖: the common upper department of a dispute designates the department that handles the enterprise,
     * citing its designating document.
     */
    public EnterpriseDesignated designate(Department to, String reason, String documentNumber, String by,
                                          Instant now) {
        String number = documentNumber == null ? "" : documentNumber.strip();
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (number.isEmpty()) {
            problems.add(new RuleViolation.Problem("documentNumber", "enterprise.designation.documentNumber.required"));
        } else if (number.length() > 64 || Text.hasControlCharactersInLine(number)) {
            problems.add(new RuleViolation.Problem("documentNumber", "field.tooLong", 64));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new RuleViolation.Problem("reason", "enterprise.assignment.reason.required"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        EnterpriseSnapshot before = snapshot();
        moveTo(to, AssignmentKind.DESIGNATION, reason, number, by, now);
        return new EnterpriseDesignated(before, snapshot(), reason.strip(), number);
    }

    /** 调整管辖: an admin moves the enterprise to another department. */
    public EnterpriseReassigned reassign(Department to, String reason, String by, Instant now) {
        EnterpriseSnapshot before = snapshot();
        moveTo(to, AssignmentKind.REASSIGNED, reason, null, by, now);
        return new EnterpriseReassigned(before, snapshot(), reason.strip());
    }

    /** 提级管辖: a higher department takes the enterprise over. */
    public EnterpriseTakenOver takeOver(Department upper, String reason, String by, Instant now) {
        EnterpriseSnapshot before = snapshot();
        moveTo(upper, AssignmentKind.TAKEN_OVER, reason, null, by, now);
        return new EnterpriseTakenOver(before, snapshot(), reason.strip());
    }

    private void moveTo(Department to, AssignmentKind kind, String reason, String documentNumber, String by,
                        Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "enterprise.assignment.reason.required");
        }
        if (Text.hasControlCharacters(reason)) {
            throw new RuleViolation("reason", "field.controlCharacters");
        }
        if (reason.strip().length() > 500) {
            throw new RuleViolation("reason", "enterprise.assignment.reason.tooLong");
        }
        if (to.getId().equals(departmentId)) {
            throw new RuleViolation("departmentId", "enterprise.assignment.sameDepartment");
        }
        if (!to.getLocation().contains(location)) {
            throw new RuleViolation("departmentId", "jurisdiction.reassign.targetMustContain");
        }
        assignments.add(new EnterpriseAssignment(this, departmentId, to.getId(), kind, reason.strip(), documentNumber,
                by, now));
        this.departmentId = to.getId();
        this.updatedAt = now;
    }

    /** Every problem with recording {@code p} at {@code division} for {@code department}; empty when it is fine. */
    public static List<RuleViolation.Problem> problemsWith(EnterpriseProfile p, Division division,
                                                           Department department) {
        return problemsWith(p, division, department, true);
    }

    /**
     * As above; {@code newLocation} is false when an existing enterprise keeps its division, which may since have been
     * retired: a retired code stops new registrations, not the upkeep of the files already there.
     */
    static List<RuleViolation.Problem> problemsWith(EnterpriseProfile p, Division division, Department department,
                                                    boolean newLocation) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (p == null) {
            problems.add(new RuleViolation.Problem(null, "enterprise.profile.required"));
            return problems;
        }
        text(p.name(), 200, "name", true, problems);
        text(p.address(), 300, "address", true, problems);
        text(p.legalRepresentative(), 64, "legalRepresentative", false, problems);
        text(p.mainResponsiblePerson(), 64, "mainResponsiblePerson", false, problems);
        if (p.sector() == null) {
            problems.add(new RuleViolation.Problem("sector", "enterprise.sector.required"));
        }
        if (p.sector() != null && !p.sector().takesFeatures() && !p.features().isEmpty()) {
            problems.add(new RuleViolation.Problem("features", "enterprise.features.sector"));
        }
        if (p.riskGrade() == null) {
            problems.add(new RuleViolation.Problem("riskGrade", "enterprise.riskGrade.required"));
        }
        if (p.employees() == null) {
            problems.add(new RuleViolation.Problem("employees", "enterprise.employees.required"));
        } else if (p.employees() < 0 || p.employees() > MAX_EMPLOYEES) {
            problems.add(new RuleViolation.Problem("employees", "enterprise.count.range", 0, MAX_EMPLOYEES));
        }
        count(p.fullTimeSafetyStaff(), "fullTimeSafetyStaff", problems);
        count(p.partTimeSafetyStaff(), "partTimeSafetyStaff", problems);
        count(p.majorHazardSources(), "majorHazardSources", problems);
        if (division == null) {
            problems.add(new RuleViolation.Problem("divisionCode", "enterprise.division.unknown"));
        } else if (division.isRetired() && newLocation) {
            problems.add(new RuleViolation.Problem("divisionCode", "enterprise.division.retired"));
        } else if (!department.getLocation().contains(division.location())) {
            problems.add(new RuleViolation.Problem("divisionCode", "jurisdiction.location.outside"));
        }
        return problems;
    }

    private void apply(EnterpriseProfile p, Division division, Department department) {
        List<RuleViolation.Problem> problems = problemsWith(p, division, department);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        assign(p, division);
    }

    private void assign(EnterpriseProfile p, Division division) {
        String cleanName = p.name().strip();
        String cleanAddress = p.address().strip();
        String cleanLegal = blankToNull(p.legalRepresentative());
        String cleanMain = blankToNull(p.mainResponsiblePerson());
        this.name = cleanName;
        this.address = cleanAddress;
        this.location = division.location();
        this.sector = p.sector();
        this.features = p.features();
        this.employees = p.employees();
        this.scale = p.scale();
        this.legalRepresentative = cleanLegal;
        this.mainResponsiblePerson = cleanMain;
        this.safetyOrganization = p.safetyOrganization();
        this.fullTimeSafetyStaff = p.fullTimeSafetyStaff() == null ? 0 : p.fullTimeSafetyStaff();
        this.partTimeSafetyStaff = p.partTimeSafetyStaff() == null ? 0 : p.partTimeSafetyStaff();
        this.standardizationGrade = p.standardizationGrade() == null ? StandardizationGrade.NONE : p.standardizationGrade();
        this.riskGrade = p.riskGrade();
        this.majorHazardSources = p.majorHazardSources() == null ? 0 : p.majorHazardSources();
        this.status = p.status() == null ? OperatingStatus.OPERATING : p.status();
    }

    private static void text(String value, int max, String field, boolean required,
                             List<RuleViolation.Problem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                problems.add(new RuleViolation.Problem(field, "enterprise." + field + ".required"));
            }
        } else if (Text.hasControlCharactersInLine(v)) {
            problems.add(new RuleViolation.Problem(field, "field.controlCharacters"));
        } else if (v.length() > max) {
            problems.add(new RuleViolation.Problem(field, "field.tooLong", max));
        }
    }

    private static String blankToNull(String value) {
        String v = value == null ? null : value.strip();
        return v == null || v.isEmpty() ? null : v;
    }

    private static void count(Integer value, String field, List<RuleViolation.Problem> problems) {
        if (value != null && (value < 0 || value > MAX_EMPLOYEES)) {
            problems.add(new RuleViolation.Problem(field, "enterprise.count.range", 0, MAX_EMPLOYEES));
        }
    }

    /** The profile as it stands, for pre-filling an edit form. */
    public EnterpriseProfile profile() {
        return new EnterpriseProfile(name, address, sector, employees, scale, legalRepresentative,
                mainResponsiblePerson, safetyOrganization, fullTimeSafetyStaff, partTimeSafetyStaff,
                standardizationGrade, riskGrade, majorHazardSources, status, features);
    }

    /** The enterprise as the record keeps it. */
    public EnterpriseSnapshot snapshot() {
        return new EnterpriseSnapshot(id, creditCode, name, address, location.divisionCode(), sector,
                features.stream().sorted().toList(), employees, scale,
                legalRepresentative, mainResponsiblePerson, safetyOrganization, fullTimeSafetyStaff,
                partTimeSafetyStaff, standardizationGrade, riskGrade, majorHazardSources, status, departmentId,
                townshipId);
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

    public Long getId() {
        return id;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public Location getLocation() {
        return location;
    }

    public String getDivisionCode() {
        return location.divisionCode();
    }

    public Sector getSector() {
        return sector;
    }

    /** The features in their usual order (涉爆粉尘 first). */
    public Set<Feature> getFeatures() {
        return features;
    }

    /** Whether the enterprise has this feature: plans select on it beside the sector. */
    public boolean hasFeature(Feature feature) {
        return features.contains(feature);
    }

    /**
     * Whether the enterprise belongs on the key-inspection list (重点检查, R3): its sector is one of the high-risk
     * sectors of the list, or it has a feature that is (涉爆粉尘).
     */
    public boolean isKeyInspection() {
        return sector.keyInspection() || features.stream().anyMatch(Feature::keyInspection);
    }

    public int getEmployees() {
        return employees;
    }

    public Scale getScale() {
        return scale;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getMainResponsiblePerson() {
        return mainResponsiblePerson;
    }

    public boolean isSafetyOrganization() {
        return safetyOrganization;
    }

    public int getFullTimeSafetyStaff() {
        return fullTimeSafetyStaff;
    }

    public int getPartTimeSafetyStaff() {
        return partTimeSafetyStaff;
    }

    public StandardizationGrade getStandardizationGrade() {
        return standardizationGrade;
    }

    public RiskGrade getRiskGrade() {
        return riskGrade;
    }

    public int getMajorHazardSources() {
        return majorHazardSources;
    }

    public OperatingStatus getStatus() {
        return status;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getTownshipId() {
        return townshipId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<EnterpriseAssignment> getAssignments() {
        return List.copyOf(assignments);
    }
}
