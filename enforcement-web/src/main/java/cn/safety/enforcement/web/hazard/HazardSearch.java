package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardStatus;
import cn.safety.enforcement.domain.hazard.Hazards;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The filters of the hazard list page, bound from the query string. */
public class HazardSearch {

    private HazardStatus state;
    private HazardGrade grade;
    private Boolean overdue;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueTo;
    private Long enterpriseId;
    /** The enterprise's name or credit code as typed (absent from a link that names the enterprise by id). */
    private String enterprise;
    private Sector sector;
    private Long departmentId;

    Hazards.HazardFilter filter() {
        return new Hazards.HazardFilter(state, grade, overdue, enterpriseId, departmentId, dueFrom, dueTo, sector);
    }

    public boolean isFiltered() {
        return state != null || grade != null || overdue != null || dueFrom != null || dueTo != null
                || enterpriseId != null || (enterprise != null && !enterprise.isBlank()) || sector != null
                || departmentId != null;
    }

    public HazardStatus getState() {
        return state;
    }

    public void setState(HazardStatus state) {
        this.state = state;
    }

    public HazardGrade getGrade() {
        return grade;
    }

    public void setGrade(HazardGrade grade) {
        this.grade = grade;
    }

    public Boolean getOverdue() {
        return overdue;
    }

    public void setOverdue(Boolean overdue) {
        this.overdue = overdue;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
