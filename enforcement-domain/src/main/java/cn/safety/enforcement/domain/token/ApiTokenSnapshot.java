package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.Instant;

/** A token as the record keeps it: never the token nor its hash (labelled {@code apiToken.<field>}). */
public record ApiTokenSnapshot(Long id, String username, Instant issuedAt, Instant expiresAt, Instant revokedAt)
        implements Snapshot {
}
