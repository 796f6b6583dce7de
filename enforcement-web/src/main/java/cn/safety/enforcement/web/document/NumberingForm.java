package cn.safety.enforcement.web.document;

/** One type's pattern as typed on the numbering page. */
public class NumberingForm {

    private Long departmentId;
    private String type;
    private String pattern;

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }
}
