package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.Instant;

/** A draw as the record keeps it (labelled {@code draw.<field>}); the lists themselves are published with the draw. */
public record DrawSnapshot(Long id, Long departmentId, Long planId, int year, String algorithm, String ratio,
                           int candidateCount, int count, String candidatesSha256, int rosterSize, int recusalCount,
                           String seedSource, Instant frozenAt, String seed, Instant seededAt,
                           Integer shortfallCount) implements Snapshot {
}
