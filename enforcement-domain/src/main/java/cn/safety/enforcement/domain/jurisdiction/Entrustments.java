package cn.safety.enforcement.domain.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where entrustments are kept. */
public interface Entrustments {

    Optional<Entrustment> findById(Long id);

    /** The entrustments of one organisation in force on {@code day}: what its users may read and act on. */
    @Unscoped("the policy computes the entrusted organisation's scope from it")
    List<Entrustment> inForceFor(long organisationId, LocalDate day);

    /**
     * The entrustments granted by the departments of the scope, and those held by {@code organisationId}, newest
     * first.
     */
    List<Entrustment> list(Scope scope, long organisationId);

    Entrustment save(Entrustment entrustment);
}
