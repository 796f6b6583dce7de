package cn.safety.enforcement.web.enterprise;

/** {@code PUT /api/v1/enterprises/{id}/township}: the township, street or zone (null: not known); optional version. */
public record TownshipRequest(Long townshipId, Long version) {
}
