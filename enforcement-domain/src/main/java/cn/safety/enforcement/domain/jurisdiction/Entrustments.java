package cn.safety.enforcement.domain.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where entrustments are kept. */
public interface Entrustments {

    /** Nothing entrusted anywhere: for rules tested without entrustments. */
    Entrustments NONE = new Entrustments() {
        @Override
        public Optional<Entrustment> findById(Long id) {
            return Optional.empty();
        }

        @Override
        public List<Entrustment> inForceFor(long organisationId, LocalDate day) {
            return List.of();
        }

        @Override
        public List<Entrustment> list(Scope scope, long organisationId) {
            return List.of();
        }

        @Override
        public Entrustment save(Entrustment entrustment) {
            throw new UnsupportedOperationException();
        }
    };

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
