package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.RecordNames;

import java.util.List;

/**
 * 一企一档 as one read: the enterprise, its jurisdiction history, its change record (newest first) with the names of
 * what the record mentions, the staffing assessment and what the reader may do with it.
 */
public record EnterpriseFile(Enterprise enterprise, List<EnterpriseAssignment> assignments, List<AuditEntry> history,
                             RecordNames.Names historyNames, SafetyStaffing staffing,
                             EnterprisePermissions permissions) {
}
