package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;

import java.util.Map;

/**
 * 导出: someone took the enterprise list out of the system as a file, with these filters; kept with the exporter's
 * department. Nothing changed, but who took which data out belongs in the record.
 */
public record EnterprisesExported(Long departmentId, ExportingEnterprises.Format format, EnterpriseFilter filter,
                                  Integer limit) implements RecordedChange {

    @Override
    public String aggregateType() {
        return EnterpriseChange.AGGREGATE;
    }

    /** The whole list, not one enterprise. */
    @Override
    public Object aggregateId() {
        return "*";
    }

    @Override
    public Snapshot before() {
        return null;
    }

    @Override
    public Snapshot after() {
        return null;
    }

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("format", format == null ? null : format.name(),
                "q", filter == null ? null : blankToNull(filter.q()),
                "divisionCode", filter == null ? null : blankToNull(filter.divisionCode()),
                "sector", filter == null || filter.sector() == null ? null : filter.sector().name(),
                "feature", filter == null || filter.feature() == null ? null : filter.feature().name(),
                "riskGrade", filter == null || filter.riskGrade() == null ? null : filter.riskGrade().name(),
                "departmentId", filter == null ? null : filter.departmentId(),
                "limit", limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
