package cn.safety.enforcement.web.division;

/**
 * {@code PUT /api/v1/townships/{id}}: the new name, the kind when it changes with it (撤乡设镇; unchanged when absent),
 * and the version the caller read, so that a change made meanwhile is not overwritten.
 */
public record TownshipRenaming(String name, String kind, Long version) {
}
