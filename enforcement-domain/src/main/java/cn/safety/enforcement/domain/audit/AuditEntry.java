package cn.safety.enforcement.domain.audit;

import java.time.Instant;

/** One entry of the audit log as read back; {@code before} and {@code after} are JSON text. */
public record AuditEntry(long id, Instant occurredAt, String username, Long departmentId, String aggregateType,
                         String aggregateId, String action, String before, String after, String prevHash,
                         String hash) {
}
