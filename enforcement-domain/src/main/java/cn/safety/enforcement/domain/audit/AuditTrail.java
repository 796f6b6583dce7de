package cn.safety.enforcement.domain.audit;

import java.util.List;
import java.util.Map;

/**
 * Port: the append-only audit log. Implementations chain every entry by hash to the one before it in its chain (one
 * chain per province, the province of the entry's department; a national chain for entries without a department), and
 * the database itself refuses to update or delete entries.
 */
public interface AuditTrail {

    /**
     * Records one change. {@code before} is null for a creation; both are flat snapshots of the aggregate.
     */
    void record(AuditActor actor, String aggregateType, Object aggregateId, String action,
                Map<String, Object> before, Map<String, Object> after);

    /** The latest entries about one aggregate, newest first. */
    List<AuditEntry> historyOf(String aggregateType, Object aggregateId, int limit);

    /**
     * The latest entries made for any of {@code departmentIds}, newest first, with ids below {@code beforeId} when it
     * is given (keyset pagination).
     */
    List<AuditEntry> latest(java.util.Collection<Long> departmentIds, Long beforeId, int limit);

    /**
     * The entries made for any of {@code departmentIds} that match {@code filter} (its days read in {@code zone}),
     * newest first: the {@code limit} next below {@code beforeId}, or, when {@code afterId} is given, the {@code limit}
     * next above it (keyset pages both ways).
     */
    List<AuditEntry> find(java.util.Collection<Long> departmentIds, AuditFilter filter, java.time.ZoneId zone,
                          Long beforeId, Long afterId, int limit);

    /** Recomputes every hash and link of every chain. */
    AuditVerification verify();

    /** Recomputes every hash and link of one chain: a province code, or {@link AuditChain#NATIONAL}. */
    AuditVerification verifyChain(String chain);
}
