package cn.safety.enforcement.web.account;

import java.time.LocalDate;
import java.util.List;

/** An account as the admin pages show it: never its password hash. */
public record UserView(Long id, String username, String fullName, Long departmentId, List<String> roles,
                       String certificateNumber, LocalDate certificateValidUntil, boolean enabled) {
}
