package cn.safety.enforcement.domain.audit;

import java.util.List;

/**
 * The result of recomputing a chain: which chain ({@code chain}, a province code, or null when every chain was
 * checked), how many entries were checked, and every entry whose content no longer matches its hash (edited) or whose
 * link to the entry before it in its chain is broken (an entry before it was deleted or inserted).
 */
public record AuditVerification(String chain, long checked, List<Broken> broken) implements java.io.Serializable {

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
