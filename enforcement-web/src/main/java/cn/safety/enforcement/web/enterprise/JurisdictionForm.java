package cn.safety.enforcement.web.enterprise;

/** Reassignment (调整管辖) or taking over (提级管辖): the target department and the reason, always required. */
public class JurisdictionForm {

    private Long departmentId;
    private String reason;
    private Long version;

    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
