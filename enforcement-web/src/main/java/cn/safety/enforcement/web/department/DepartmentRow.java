package cn.safety.enforcement.web.department;

/** A department on the admin page: what it shows, and the version its rename form carries. */
public record DepartmentRow(Long id, String name, String level, String divisionCode, long version) {
}
