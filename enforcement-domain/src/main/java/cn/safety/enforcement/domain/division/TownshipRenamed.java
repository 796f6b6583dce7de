package cn.safety.enforcement.domain.division;

/**
 * A township, street or zone was renamed, or changed its kind with its name (撤乡设镇: 某某乡 becomes 某某镇), by an admin of
 * the department {@code departmentId}.
 */
public record TownshipRenamed(TownshipSnapshot before, TownshipSnapshot after, Long departmentId)
        implements TownshipChange {
}
