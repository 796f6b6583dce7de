package cn.safety.enforcement.web.department;

/** A department as pages and the API show it. {@code level} is PROVINCE, CITY or COUNTY. */
public record DepartmentView(Long id, String name, String level, String divisionCode) {
}
