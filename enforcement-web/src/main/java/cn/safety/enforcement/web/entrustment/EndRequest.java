package cn.safety.enforcement.web.entrustment;

/** {@code POST /api/v1/entrustments/{id}/end}: why it ends now; {@code version} optional (a stale one is refused). */
public record EndRequest(String reason, Long version) {
}
