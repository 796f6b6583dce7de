package cn.safety.enforcement.persistence.account;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, UserAccounts {

    /** By the unique index on {@code lower(username)}: any spelling finds the one account. */
    @Override
    @Query("select a from UserAccount a where lower(a.username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    @Override
    @Query("select count(a) > 0 from UserAccount a where lower(a.username) = lower(:username)")
    boolean existsByUsername(@Param("username") String username);

    @Override
    default List<UserAccount> page(Collection<Long> departmentIds, Long afterId, int limit) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return pageAfter(departmentIds, afterId == null ? Long.MIN_VALUE : afterId, Limit.of(limit));
    }

    @Override
    @Query("select a from UserAccount a where a.enterpriseId = :enterpriseId order by a.id")
    List<UserAccount> ofEnterprise(@Param("enterpriseId") long enterpriseId);

    @Query("select a from UserAccount a where a.departmentId in :ids and a.id > :after order by a.id")
    List<UserAccount> pageAfter(@Param("ids") Collection<Long> ids, @Param("after") long after, Limit limit);

    @Override
    default List<UserAccount> pageAfter(Collection<Long> departmentIds, String pattern, long afterId, int limit) {
        return departmentIds.isEmpty() ? List.of() : pageAfterRows(departmentIds, pattern, afterId, Limit.of(limit));
    }

    @Override
    default List<UserAccount> pageBefore(Collection<Long> departmentIds, String pattern, long beforeId, int limit) {
        return departmentIds.isEmpty() ? List.of() : pageBeforeRows(departmentIds, pattern, beforeId, Limit.of(limit));
    }

    @Override
    default long countMatching(Collection<Long> departmentIds, String pattern) {
        return departmentIds.isEmpty() ? 0 : countMatchingRows(departmentIds, pattern);
    }

    @Query("""
            select a from UserAccount a where a.departmentId in :ids and a.id > :after
            and (lower(a.username) like :pattern escape '\\' or lower(a.fullName) like :pattern escape '\\')
            order by a.id""")
    List<UserAccount> pageAfterRows(@Param("ids") Collection<Long> ids, @Param("pattern") String pattern,
                                    @Param("after") long after, Limit limit);

    @Query("""
            select a from UserAccount a where a.departmentId in :ids and a.id < :before
            and (lower(a.username) like :pattern escape '\\' or lower(a.fullName) like :pattern escape '\\')
            order by a.id desc""")
    List<UserAccount> pageBeforeRows(@Param("ids") Collection<Long> ids, @Param("pattern") String pattern,
                                     @Param("before") long before, Limit limit);

    @Query("""
            select count(a) from UserAccount a where a.departmentId in :ids
            and (lower(a.username) like :pattern escape '\\' or lower(a.fullName) like :pattern escape '\\')""")
    long countMatchingRows(@Param("ids") Collection<Long> ids, @Param("pattern") String pattern);
}
