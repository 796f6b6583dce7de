package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.inspection.ReadingInspections;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One line of the inspection list, as the API shows it. */
public record InspectionRow(long id, long enterpriseId, String enterpriseName, String departmentName, String kind,
                            String trigger, String status, OffsetDateTime startedAt, boolean planned, boolean urgent,
                            boolean approvalPending, boolean approvalOverdue, OffsetDateTime approvalDueAt,
                            long version) {

    static InspectionRow of(ReadingInspections.Row r, ZoneId zone) {
        return new InspectionRow(r.id(), r.enterpriseId(), r.enterpriseName(), r.departmentName(), r.kind().name(),
                r.trigger() == null ? null : r.trigger().name(), r.status().name(),
                InspectionView.at(r.startedAt(), zone), r.planned(), r.urgent(), r.approvalPending(),
                r.approvalOverdue(), InspectionView.at(r.approvalDueAt(), zone), r.version());
    }
}
