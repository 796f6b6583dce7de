package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.accident.IncidentRecord;

import java.time.ZoneId;
import java.util.List;

/** The enterprise file's sections on accidents and duty findings, and whether the reader may record. */
public record IncidentsView(List<AccidentView> accidents, List<DutyFindingView> dutyFindings, boolean mayRecord) {

    public static IncidentsView of(IncidentRecord record, ZoneId zone) {
        return new IncidentsView(record.accidents().stream().map(a -> AccidentView.of(a, zone)).toList(),
                record.dutyFindings().stream().map(d -> DutyFindingView.of(d, zone)).toList(), record.mayRecord());
    }
}
