package cn.safety.enforcement.web.accident;

import java.time.LocalDate;

/** {@code POST /api/v1/enterprises/{id}/duty-findings}: what was found and on which day. */
public record DutyFindingRequest(String finding, LocalDate foundOn) {
}
