package cn.safety.enforcement.web.division;

/** Adding a township to a county, or renaming one (with its kind, on the version the admin saw). */
public class TownshipForm implements java.io.Serializable {

    private String divisionCode;
    private String name;
    private String kind;
    private String code;
    private Long version;

    public String getDivisionCode() { return divisionCode; }
    public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
