package cn.safety.enforcement.web.enterprise;

/** Reassignment (调整管辖) or taking over (提级管辖): the target department and the reason, always required. */
public class JurisdictionForm {

    private Long departmentId;
    private String reason;
    private Long version;
    private boolean confirmed;
    private String back;

    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    /** Set by the confirmation page: the user has seen what will be done and confirms it. */
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    /** Set by the confirmation page's "change" button: show the form again with what was typed. */
    public String getBack() { return back; }
    public void setBack(String back) { this.back = back; }
}
