package cn.safety.enforcement.web.division;

/** Adding a division under a parent, or renaming one (code fixed, version checked). */
public class DivisionForm implements java.io.Serializable {

    private String code;
    private String name;
    private String parentCode;
    private Long version;
    private String reason;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    /** Why a division is retired (撤销). */
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
