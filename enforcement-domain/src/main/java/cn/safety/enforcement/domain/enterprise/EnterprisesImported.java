package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;

import java.util.Map;

/**
 * 批量导入: a file registered {@code count} enterprises at once, numbered {@code firstId} to {@code lastId}, all in the
 * importer's department. One entry for the whole import keeps a large file fast; each enterprise's own initial
 * assignment names who registered it and when.
 */
public record EnterprisesImported(Long departmentId, long count, Long firstId, Long lastId) implements RecordedChange {

    @Override
    public String aggregateType() {
        return EnterpriseChange.AGGREGATE;
    }

    /** The range of the enterprises registered, {@code firstId-lastId}. */
    @Override
    public Object aggregateId() {
        return firstId + "-" + lastId;
    }

    @Override
    public Snapshot before() {
        return null;
    }

    @Override
    public Snapshot after() {
        return null;
    }

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("count", count, "firstId", firstId, "lastId", lastId, "departmentId",
                departmentId);
    }
}
