package cn.safety.enforcement.domain.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where user accounts are kept. */
public interface UserAccounts {

    Optional<UserAccount> findById(Long id);

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Accounts of these departments ordered by id, {@code limit} rows after {@code afterId}. */
    List<UserAccount> page(Collection<Long> departmentIds, Long afterId, int limit);

    long count();

    UserAccount save(UserAccount account);
}
