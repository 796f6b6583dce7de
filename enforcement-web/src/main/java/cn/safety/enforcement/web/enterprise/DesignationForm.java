package cn.safety.enforcement.web.enterprise;

/** 指定管辖 on the page: the department designated, the reason, the designating document, and the confirmation. */
public class DesignationForm {

    private Long departmentId;
    private String reason;
    private String documentNumber;
    private Long version;
    private boolean confirmed;

    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
