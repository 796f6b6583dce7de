package cn.safety.enforcement.web.enterprise;

/**
 * {@code POST /api/v1/enterprises/{id}/designation}: the department designated (指定管辖), the reason, the designating
 * document's number. {@code version} is optional: when given, a stale one is refused.
 */
public record DesignationRequest(Long departmentId, String reason, String documentNumber, Long version) {
}
