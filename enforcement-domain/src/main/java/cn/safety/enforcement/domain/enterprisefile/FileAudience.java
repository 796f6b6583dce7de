package cn.safety.enforcement.domain.enterprisefile;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Scope;

/**
 * Who reads a file, which decides the entries it holds.
 * <ul>
 *   <li>{@link Department}: enforcement staff, who see every kind, the inspections and documents of the departments
 *       within their {@link Scope} (a county does not see what the city inspected there unless it reads below), the
 *       accidents and the jurisdiction history with the enterprise itself;</li>
 *   <li>{@link Enterprise}: the enterprise's own account, which sees only the kinds
 *       {@link FileEntryKind#meantForEnterprise() meant for it}, whichever department served them, and of its
 *       inspections only the completed ones (an inspection awaiting approval, refused, or under way, possibly
 *       unannounced, is the department's business until it is done), without links to the department's records.</li>
 * </ul>
 */
public sealed interface FileAudience {

    record Department(Scope scope) implements FileAudience {
    }

    record Enterprise() implements FileAudience {
    }

    static FileAudience of(Actor actor, JurisdictionPolicy policy) {
        return actor.isEnterprise() ? new Enterprise() : new Department(policy.scopeFor(actor));
    }

    default boolean sees(FileEntryKind kind) {
        return this instanceof Department || kind.meantForEnterprise();
    }
}
