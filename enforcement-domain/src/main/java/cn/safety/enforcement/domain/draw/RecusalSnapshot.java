package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.Instant;

/** A recusal as the department's record keeps it (labelled {@code recusal.<field>}); never published. */
public record RecusalSnapshot(Long id, Long departmentId, Long userId, Long enterpriseId, String reason,
                              Instant withdrawnAt, String withdrawalReason) implements Snapshot {
}
