package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.accident.DutyFinding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A recorded failure of the main responsible person's safety duty (002§(二)). */
public record DutyFindingView(long id, long enterpriseId, long departmentId, String finding, LocalDate foundOn,
                              String recordedBy, OffsetDateTime recordedAt, long version) {

    static DutyFindingView of(DutyFinding d, ZoneId zone) {
        return new DutyFindingView(d.getId(), d.getEnterpriseId(), d.getDepartmentId(), d.getFinding(),
                d.getFoundOn(), d.getRecordedBy(), d.getRecordedAt().atZone(zone).toOffsetDateTime(), d.getVersion());
    }
}
