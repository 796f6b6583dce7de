package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.AuditActor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: bulk registration, in the caller's transaction. A batch writes the enterprises of one import as they come, in
 * batches rather than row by row, and records them at the end with set-based statements: one initial assignment and one
 * audit entry with the after-state per enterprise, all in the same transaction.
 */
public interface EnterpriseImports {

    Batch begin();

    interface Batch {

        /**
         * Which of these credit codes are registered already: {@code true} for those this batch registered itself
         * (a second occurrence in the file), {@code false} for those registered before.
         */
        Map<String, Boolean> registered(Collection<String> creditCodes);

        /** Stores these newly registered enterprises; the store assigns their ids. */
        void add(List<Enterprise> enterprises);

        /**
         * Records every enterprise this batch added: its initial assignment to its department and one audit entry
         * ({@code action}, made by {@code actor} at {@code at}) with its after-state. Returns how many were added.
         */
        long complete(AuditActor actor, String action, Instant at);
    }
}
