package cn.safety.enforcement.persistence.token;

import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.token.ApiToken;
import cn.safety.enforcement.domain.token.ApiTokens;
import cn.safety.enforcement.domain.token.TokenHolder;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long>, ApiTokens {

    /** The token row with its account, department and roles, as one row. */
    interface HolderRow {
        Long getTokenId();

        Long getUserId();

        String getUsername();

        String getFullName();

        Long getDepartmentId();

        String getDepartmentName();

        String getDepartmentLevel();

        String getDivisionCode();

        String getCityCode();

        String getProvinceCode();

        String getRoles();

        String getDepartmentKind();

        Long getEnterpriseId();
    }

    @Override
    default Optional<TokenHolder> holderOf(String tokenHash, Instant now) {
        return holderRow(tokenHash, now).map(r -> new TokenHolder(r.getTokenId(), r.getUserId(), r.getUsername(),
                r.getFullName(), r.getDepartmentId(), r.getDepartmentName(),
                DivisionLevel.valueOf(r.getDepartmentLevel()),
                new Location(r.getDivisionCode(), r.getCityCode(), r.getProvinceCode()),
                r.getRoles() == null || r.getRoles().isEmpty() ? java.util.Set.of()
                        : Arrays.stream(r.getRoles().split(",")).map(Role::valueOf).collect(Collectors.toSet()),
                "ENTRUSTED_ORGANISATION".equals(r.getDepartmentKind()), r.getEnterpriseId()));
    }

    @Query(nativeQuery = true, value = """
            SELECT t.id AS "tokenId", u.id AS "userId", u.username AS "username", u.full_name AS "fullName",
                   d.id AS "departmentId", d.name AS "departmentName", d.level AS "departmentLevel",
                   d.division_code AS "divisionCode", d.city_code AS "cityCode", d.province_code AS "provinceCode",
                   d.kind AS "departmentKind", u.enterprise_id AS "enterpriseId",
                   (SELECT string_agg(r.role, ',') FROM app_user_role r WHERE r.user_id = u.id) AS "roles"
            FROM api_token t
            JOIN app_user u ON u.id = t.user_id
            JOIN department d ON d.id = u.department_id
            WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled""")
    Optional<HolderRow> holderRow(@Param("hash") String tokenHash, @Param("now") Instant now);

    @Override
    @Modifying
    @Query("""
            update ApiToken t set t.revokedAt = :now, t.version = t.version + 1
            where t.userId = :userId and t.revokedAt is null and t.expiresAt > :now""")
    int revokeAllOf(@Param("userId") long userId, @Param("now") Instant now);

    @Override
    @Modifying
    @Query("delete from ApiToken t where t.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
