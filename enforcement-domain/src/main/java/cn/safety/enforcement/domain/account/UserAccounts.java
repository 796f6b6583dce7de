package cn.safety.enforcement.domain.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where user accounts are kept. Usernames are unique whatever their case, and found under any case. */
public interface UserAccounts {

    Optional<UserAccount> findById(Long id);

    /** The one account whose name equals this one ignoring case. */
    Optional<UserAccount> findByUsername(String username);

    /** Whether an account has this name, ignoring case. */
    boolean existsByUsername(String username);

    /** Accounts of these departments ordered by id, {@code limit} rows after {@code afterId}. */
    List<UserAccount> page(Collection<Long> departmentIds, Long afterId, int limit);

    /**
     * Accounts of these departments whose lower-cased username or name (姓名) is LIKE {@code pattern} (backslash
     * escapes), ordered by id, {@code limit} rows after {@code afterId}.
     */
    List<UserAccount> pageAfter(Collection<Long> departmentIds, String pattern, long afterId, int limit);

    /** As {@link #pageAfter}, the rows before {@code beforeId}, nearest first. */
    List<UserAccount> pageBefore(Collection<Long> departmentIds, String pattern, long beforeId, int limit);

    long countMatching(Collection<Long> departmentIds, String pattern);

    long count();

    /** The accounts bound to this enterprise (企业账号), by id. */
    List<UserAccount> ofEnterprise(long enterpriseId);

    UserAccount save(UserAccount account);
}
