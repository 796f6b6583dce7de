package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The record page's filters and cursors. A value the address bar got wrong (a date that is no date) is shown as a
 * field error and left out of the filter, never an error page.
 */
public class AuditForm {

    private String type;
    private Long departmentId;
    private String username;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String object;
    private Long before;
    private Long after;

    AuditFilter toFilter() {
        return new AuditFilter(type, departmentId, username, from, to, object);
    }

    /** Whether any filter is set: a phone shows it on the folded filter panel. */
    public boolean isFiltered() {
        return type != null && !type.isBlank() || departmentId != null || username != null && !username.isBlank()
                || from != null || to != null || object != null && !object.isBlank();
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getObject() { return object; }
    public void setObject(String object) { this.object = object; }
    public Long getBefore() { return before; }
    public void setBefore(Long before) { this.before = before; }
    public Long getAfter() { return after; }
    public void setAfter(Long after) { this.after = after; }
}
