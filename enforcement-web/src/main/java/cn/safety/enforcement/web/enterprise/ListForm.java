package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;

/** The list page's search and filters; an unknown value in the address bar is ignored, not an error page. */
public class ListForm {

    private String q;
    private String divisionCode;
    private Sector sector;
    private RiskGrade riskGrade;
    private Feature feature;
    private Long departmentId;
    private String after;
    private String before;
    private boolean xlsxCut;

    EnterpriseFilter toFilter() {
        return new EnterpriseFilter(q, divisionCode, sector, riskGrade, departmentId, feature);
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public RiskGrade getRiskGrade() { return riskGrade; }
    public void setRiskGrade(RiskGrade riskGrade) { this.riskGrade = riskGrade; }
    public Feature getFeature() { return feature; }
    public void setFeature(Feature feature) { this.feature = feature; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getAfter() { return after; }
    /** Carried by the link to the next page: the first page found the list longer than the .xlsx export takes. */
    public boolean isXlsxCut() { return xlsxCut; }
    public void setXlsxCut(boolean xlsxCut) { this.xlsxCut = xlsxCut; }
    public void setAfter(String after) { this.after = after; }
    public String getBefore() { return before; }
    public void setBefore(String before) { this.before = before; }

    /** The cursor of the page after, or null when absent or not a cursor (a hand-edited address shows the first page). */
    Long afterId() {
        return cursor(after);
    }

    Long beforeId() {
        return cursor(before);
    }

    /** Whether a filter narrows the list, so that the folded filter panel says so. */
    public boolean isFiltered() {
        return q != null && !q.isBlank() || divisionCode != null && !divisionCode.isBlank() || sector != null
                || feature != null || riskGrade != null || departmentId != null;
    }

    private static Long cursor(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }
}
