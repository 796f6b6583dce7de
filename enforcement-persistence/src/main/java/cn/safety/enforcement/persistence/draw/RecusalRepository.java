package cn.safety.enforcement.persistence.draw;

import cn.safety.enforcement.domain.draw.Recusal;
import cn.safety.enforcement.domain.draw.RecusalLine;
import cn.safety.enforcement.domain.draw.RecusedPair;
import cn.safety.enforcement.domain.draw.Recusals;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface RecusalRepository extends JpaRepository<Recusal, Long>, Recusals {

    String LINE = """
            SELECT r.id, r.department_id, r.user_id, u.full_name, u.certificate_number, r.enterprise_id, e.name,
                   e.credit_code, r.reason, r.declared_by, r.declared_at, r.withdrawn_at, r.withdrawal_reason, r.version
            FROM recusal r JOIN app_user u ON u.id = r.user_id JOIN enterprise e ON e.id = r.enterprise_id""";

    @Override
    default List<RecusalLine> list(Scope scope, int limit) {
        if (scope.departmentIds().isEmpty()) {
            return List.of();
        }
        return linesOfDepartments(scope.departmentIds(), limit).stream().map(RecusalRepository::line).toList();
    }

    @Override
    default List<RecusalLine> ofUser(long userId) {
        return linesOfUser(userId).stream().map(RecusalRepository::line).toList();
    }

    @Query(value = LINE + " WHERE r.department_id IN (:departments) ORDER BY r.id DESC LIMIT :limit",
            nativeQuery = true)
    List<Object[]> linesOfDepartments(@Param("departments") Collection<Long> departments, @Param("limit") int limit);

    @Query(value = LINE + " WHERE r.user_id = :userId ORDER BY r.id DESC", nativeQuery = true)
    List<Object[]> linesOfUser(@Param("userId") long userId);

    private static RecusalLine line(Object[] r) {
        return new RecusalLine(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4], ((Number) r[5]).longValue(), (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], instant(r[10]), instant(r[11]), (String) r[12],
                ((Number) r[13]).longValue());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }

    @Override
    @Query("""
            select count(r) > 0 from Recusal r
            where r.userId = :userId and r.enterpriseId = :enterpriseId and r.withdrawnAt is null""")
    boolean inForce(@Param("userId") long userId, @Param("enterpriseId") long enterpriseId);

    @Override
    default List<RecusedPair> pairsInForce(long departmentId) {
        return pairRows(departmentId).stream().map(r -> new RecusedPair((String) r[0], (String) r[1])).toList();
    }

    @Query(value = """
            SELECT u.certificate_number, e.credit_code FROM recusal r
            JOIN app_user u ON u.id = r.user_id JOIN enterprise e ON e.id = r.enterprise_id
            WHERE r.department_id = :departmentId AND r.withdrawn_at IS NULL AND u.certificate_number IS NOT NULL""",
            nativeQuery = true)
    List<Object[]> pairRows(@Param("departmentId") long departmentId);
}
