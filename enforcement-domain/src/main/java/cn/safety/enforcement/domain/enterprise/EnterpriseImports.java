package cn.safety.enforcement.domain.enterprise;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: bulk registration, in the caller's transaction. A batch writes the enterprises of one import as they come, in
 * batches rather than row by row, and completes them at the end with set-based statements (one initial assignment per
 * enterprise, the kept counts), all in the same transaction.
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
         * Completes every enterprise this batch added: its initial assignment to its department, made {@code by} at
         * {@code at}, and the kept counts. Returns how many were added and the range of their ids.
         */
        Added complete(String by, Instant at);
    }

    /** What a batch added: {@code count} enterprises with ids from {@code firstId} to {@code lastId} (null when none). */
    record Added(long count, Long firstId, Long lastId) {
    }
}
