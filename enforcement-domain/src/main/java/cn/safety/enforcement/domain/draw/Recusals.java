package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.jurisdiction.Unscoped;

import java.util.List;
import java.util.Optional;

/** Port: where recusals are kept. */
public interface Recusals {

    Optional<Recusal> findById(Long id);

    /** The recusals of the departments in the scope, newest first, at most {@code limit}. */
    List<RecusalLine> list(Scope scope, int limit);

    /** The recusals of one user, newest first. */
    @Unscoped("a user's own recusals")
    List<RecusalLine> ofUser(long userId);

    /** Whether the user has a recusal in force for the enterprise. */
    boolean inForce(long userId, long enterpriseId);

    /**
     * The recusals in force of the department's users, as (certificate number, credit code): what a draw publishes.
     */
    @Unscoped("frozen into a draw of this department, which the caller may act on")
    List<RecusedPair> pairsInForce(long departmentId);

    Recusal save(Recusal recusal);
}
