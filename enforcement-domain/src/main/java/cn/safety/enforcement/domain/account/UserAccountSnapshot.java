package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * An account as the record keeps it, without its password (labelled {@code userAccount.<field>});
 * {@code enterpriseId} names the enterprise of an enterprise account (企业账号), null for staff.
 */
public record UserAccountSnapshot(Long id, String username, String fullName, Long departmentId, List<String> roles,
                                  String certificateNumber, LocalDate certificateValidFrom,
                                  LocalDate certificateValidUntil, boolean enabled, Long enterpriseId)
        implements Snapshot {
}
