package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.audit.Snapshot;

/** A year's arrangement as the record keeps it: the notice and each line as "name from…to". */
public record CalendarYearSnapshot(Integer year, String notice, String holidays, String makeupWorkdays)
        implements Snapshot {
}
