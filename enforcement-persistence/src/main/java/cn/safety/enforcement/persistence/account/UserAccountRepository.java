package cn.safety.enforcement.persistence.account;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, UserAccounts {

    @Override
    default List<UserAccount> page(Collection<Long> departmentIds, Long afterId, int limit) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return pageAfter(departmentIds, afterId == null ? Long.MIN_VALUE : afterId, Limit.of(limit));
    }

    @Query("select a from UserAccount a where a.departmentId in :ids and a.id > :after order by a.id")
    List<UserAccount> pageAfter(@Param("ids") Collection<Long> ids, @Param("after") long after, Limit limit);
}
