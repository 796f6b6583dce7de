package cn.safety.enforcement.domain.audit;

import java.util.List;

/**
 * The result of recomputing the chain: how many entries were checked, and every entry whose content no longer matches
 * its hash (edited) or whose link to the entry before it is broken (an entry before it was deleted or inserted).
 */
public record AuditVerification(long checked, List<Broken> broken) implements java.io.Serializable {

    public AuditVerification {
        broken = List.copyOf(broken);
    }

    public boolean intact() {
        return broken.isEmpty();
    }

    /** {@code reason} is EDITED or LINK_BROKEN. */
    public record Broken(long id, String reason) implements java.io.Serializable {
    }
}
