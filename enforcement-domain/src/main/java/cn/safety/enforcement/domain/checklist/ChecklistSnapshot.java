package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.audit.Snapshot;
import cn.safety.enforcement.domain.enterprise.Feature;

import java.time.LocalDate;
import java.util.List;

/** A checklist version as the record keeps it (labelled {@code checklist.<field>}): its heading, dates and counts. */
public record ChecklistSnapshot(Long id, String code, int version, String title, String sourceDocument,
                                List<String> sectors, Feature feature, String industry, LocalDate effectiveFrom,
                                LocalDate effectiveUntil, ChecklistStatus status, int itemCount, int majorItemCount)
        implements Snapshot {
}
