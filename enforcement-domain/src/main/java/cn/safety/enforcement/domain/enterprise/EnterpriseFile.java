package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.AuditEntry;

import java.util.List;

/**
 * 一企一档 as one read: the enterprise, its jurisdiction history, its change record (newest first), the staffing
 * assessment and what the reader may do with it.
 */
public record EnterpriseFile(Enterprise enterprise, List<EnterpriseAssignment> assignments, List<AuditEntry> history,
                             SafetyStaffing staffing, EnterprisePermissions permissions) {
}
