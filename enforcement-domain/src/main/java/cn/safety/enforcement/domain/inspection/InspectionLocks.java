package cn.safety.enforcement.domain.inspection;

/**
 * Port: holds an inspection's row until the transaction ends, so that two completions of one inspection (a double
 * click) run one after the other and the second sees the first's outcome.
 */
public interface InspectionLocks {

    /** Locks the row of inspection {@code id} (no effect when there is none; the load that follows tells it). */
    void lock(long id);
}
