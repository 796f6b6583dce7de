package cn.safety.enforcement.domain.audit;

/**
 * The chains of the audit log. Each province keeps its own chain, keyed by its division code (130000 for 河北省), so
 * that the writers of one province never wait for another's; entries without a department (the system) go to the
 * national chain.
 */
public final class AuditChain {

    /** The key of the national chain: the system's entries and those without a department. */
    public static final String NATIONAL = "000000";

    private AuditChain() {
    }
}
