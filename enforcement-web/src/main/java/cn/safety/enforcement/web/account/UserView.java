package cn.safety.enforcement.web.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An account as the admin pages show it: never its password hash. {@code lockedUntil} is set while failed sign-ins
 * keep it locked; {@code enterpriseId} names the enterprise of an enterprise's account (企业账号).
 */
public record UserView(Long id, String username, String fullName, Long departmentId, List<String> roles,
                       String certificateNumber, LocalDate certificateValidUntil, boolean enabled,
                       Instant lockedUntil, Long enterpriseId) {
}
