package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.accident.IncidentRecord;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The enterprise file's sections on accidents and duty findings, whether the reader may record, and the 姓名 of who
 * recorded them by username.
 */
public record IncidentsView(List<AccidentView> accidents, List<DutyFindingView> dutyFindings, boolean mayRecord,
                            Map<String, String> recorderNames) {

    public static IncidentsView of(IncidentRecord record, ZoneId zone) {
        return new IncidentsView(record.accidents().stream().map(a -> AccidentView.of(a, zone)).toList(),
                record.dutyFindings().stream().map(d -> DutyFindingView.of(d, zone)).toList(), record.mayRecord(),
                record.recorderNames());
    }

    /** 姓名（username）, or 系统 for the system (the caller gives the word), or the username when no name is known. */
    public String recorder(String username, String system) {
        if (username == null || cn.safety.enforcement.domain.audit.AuditActor.SYSTEM.username().equals(username)) {
            return system;
        }
        String name = recorderNames.get(username);
        return name == null ? username : name + "（" + username + "）";
    }
}
