package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;

import java.util.HashSet;
import java.util.Set;

/** The create and edit form of an enterprise. The domain validates; this only carries what was typed. */
public class EnterpriseForm {

    private String creditCode;
    private String name;
    private String address;
    private String divisionCode;
    private Long townshipId;
    private Sector sector;
    private Set<Feature> features = new HashSet<>();
    private Integer employees;
    private Scale scale;
    private String legalRepresentative;
    private String mainResponsiblePerson;
    private boolean safetyOrganization;
    private Integer fullTimeSafetyStaff = 0;
    private Integer partTimeSafetyStaff = 0;
    private StandardizationGrade standardizationGrade = StandardizationGrade.NONE;
    private RiskGrade riskGrade;
    private Integer majorHazardSources = 0;
    private OperatingStatus status = OperatingStatus.OPERATING;
    private Long version;

    static EnterpriseForm of(Enterprise e) {
        EnterpriseForm f = new EnterpriseForm();
        EnterpriseProfile p = e.profile();
        f.creditCode = e.getCreditCode();
        f.divisionCode = e.getDivisionCode();
        f.townshipId = e.getTownshipId();
        f.name = p.name();
        f.address = p.address();
        f.sector = p.sector();
        f.features = new HashSet<>(p.features());
        f.employees = p.employees();
        f.scale = p.scale();
        f.legalRepresentative = p.legalRepresentative();
        f.mainResponsiblePerson = p.mainResponsiblePerson();
        f.safetyOrganization = p.safetyOrganization();
        f.fullTimeSafetyStaff = p.fullTimeSafetyStaff();
        f.partTimeSafetyStaff = p.partTimeSafetyStaff();
        f.standardizationGrade = p.standardizationGrade();
        f.riskGrade = p.riskGrade();
        f.majorHazardSources = p.majorHazardSources();
        f.status = p.status();
        f.version = e.getVersion();
        return f;
    }

    EnterpriseProfile toProfile() {
        return new EnterpriseProfile(name, address, sector, employees, scale, legalRepresentative,
                mainResponsiblePerson, safetyOrganization, fullTimeSafetyStaff, partTimeSafetyStaff,
                standardizationGrade, riskGrade, majorHazardSources, status, features);
    }

    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    /** 乡镇/街道 of the division (null: not known). */
    public Long getTownshipId() { return townshipId; }
    public void setTownshipId(Long townshipId) { this.townshipId = townshipId; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public Set<Feature> getFeatures() { return features; }
    public void setFeatures(Set<Feature> features) { this.features = features == null ? new HashSet<>() : features; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public Scale getScale() { return scale; }
    public void setScale(Scale scale) { this.scale = scale; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String v) { this.legalRepresentative = v; }
    public String getMainResponsiblePerson() { return mainResponsiblePerson; }
    public void setMainResponsiblePerson(String v) { this.mainResponsiblePerson = v; }
    public boolean isSafetyOrganization() { return safetyOrganization; }
    public void setSafetyOrganization(boolean v) { this.safetyOrganization = v; }
    public Integer getFullTimeSafetyStaff() { return fullTimeSafetyStaff; }
    public void setFullTimeSafetyStaff(Integer v) { this.fullTimeSafetyStaff = v; }
    public Integer getPartTimeSafetyStaff() { return partTimeSafetyStaff; }
    public void setPartTimeSafetyStaff(Integer v) { this.partTimeSafetyStaff = v; }
    public StandardizationGrade getStandardizationGrade() { return standardizationGrade; }
    public void setStandardizationGrade(StandardizationGrade v) { this.standardizationGrade = v; }
    public RiskGrade getRiskGrade() { return riskGrade; }
    public void setRiskGrade(RiskGrade riskGrade) { this.riskGrade = riskGrade; }
    public Integer getMajorHazardSources() { return majorHazardSources; }
    public void setMajorHazardSources(Integer v) { this.majorHazardSources = v; }
    public OperatingStatus getStatus() { return status; }
    public void setStatus(OperatingStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
