package cn.safety.enforcement.web.entrustment;

import java.time.LocalDate;

/**
 * An entrustment (委托执法) as pages and the API show it, with names. {@code state} is IN_FORCE, NOT_YET, EXPIRED or
 * ENDED; {@code canEnd} tells whether the caller may end it.
 */
public record EntrustmentView(Long id, Long departmentId, String departmentName, Long organisationId,
                              String organisationName, Long townshipId, String townshipName, LocalDate validFrom,
                              LocalDate validUntil, String documentNumber, String state, LocalDate endedOn,
                              String endReason, long version, boolean canEnd) {
}
