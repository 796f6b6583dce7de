package cn.safety.enforcement.domain.audit;

/** Who did it, as the audit log keeps it: a username and the department they acted for (null for the system). */
public record AuditActor(String username, Long departmentId) {

    public static final AuditActor SYSTEM = new AuditActor("system", null);
}
