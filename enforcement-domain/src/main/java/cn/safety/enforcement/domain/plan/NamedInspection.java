package cn.safety.enforcement.domain.plan;

import java.time.Instant;

/** An inspection a user is named on as an inspector, as the inspector's month lists it. */
public record NamedInspection(long id, long enterpriseId, String enterpriseName, String kind, String status,
                              Long planItemId, Instant startedAt, Instant completedAt) {
}
