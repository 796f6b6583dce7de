package cn.safety.enforcement.web.entrustment;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/entrustments}: the organisation entrusted (by name: established as an entrusted organisation in
 * the township's county when it does not exist), the township or zone, the period (both days included), and the
 * entrustment document's number (委托书文号).
 */
public record EntrustmentRequest(String organisationName, Long townshipId, LocalDate validFrom, LocalDate validUntil,
                                 String documentNumber) {
}
