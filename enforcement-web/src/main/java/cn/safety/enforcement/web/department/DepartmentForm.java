package cn.safety.enforcement.web.department;

/** A new department (name and division) or a new name for one (with the version seen). */
public class DepartmentForm implements java.io.Serializable {

    private String name;
    private String divisionCode;
    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
