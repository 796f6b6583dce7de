package cn.safety.enforcement.web.enterprise;

/** {@code PUT /api/v1/enterprises/{id}/department}. {@code version} is optional: when given, a stale one is refused. */
public record AssignmentRequest(Long departmentId, String reason, Long version) {
}
