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

    long count();

    UserAccount save(UserAccount account);
}
