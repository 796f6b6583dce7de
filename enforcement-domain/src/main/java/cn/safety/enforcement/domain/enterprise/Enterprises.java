package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: where enterprises are kept. Every query that returns many rows takes the caller's {@link Scope}. */
public interface Enterprises {

    Optional<Enterprise> findById(Long id);

    /** These enterprises, in any order; ids not found are left out. */
    List<Enterprise> findAllById(Iterable<Long> ids);

    boolean existsByCreditCode(String creditCode);

    /** The enterprise holding a credit code, whoever it is assigned to: for telling a registrant who holds it. */
    Optional<Enterprise> findByCreditCode(String creditCode);

    /** Which of these credit codes are already registered. */
    List<String> findExistingCreditCodes(Collection<String> creditCodes);

    /** Newest first, {@code limit} rows with ids below {@code afterId} (keyset pagination), within the scope. */
    List<Enterprise> page(Scope scope, EnterpriseFilter filter, Long afterId, int limit);

    /** Oldest first, {@code limit} rows with ids above {@code beforeId} within the scope: the previous page, reversed. */
    List<Enterprise> pageBefore(Scope scope, EnterpriseFilter filter, long beforeId, int limit);

    /**
     * How many enterprises the scope holds, of one department and one risk grade when given, read from the counts kept
     * per department and grade as enterprises come, go and move: as fast for a province as for a county.
     */
    long countKept(Scope scope, Long departmentId, RiskGrade riskGrade);

    /** How many enterprises within the scope match the filter (counts every one: for a file, not for every page). */
    long countMatching(Scope scope, EnterpriseFilter filter);

    /** Whether more than {@code n} enterprises within the scope match the filter, without counting them all. */
    boolean holdsMoreThan(Scope scope, EnterpriseFilter filter, long n);

    /** How many enterprises per risk grade within the scope. */
    Map<RiskGrade, Long> countByRiskGrade(Scope scope);

    Enterprise save(Enterprise enterprise);

    <S extends Enterprise> List<S> saveAll(Iterable<S> enterprises);
}
