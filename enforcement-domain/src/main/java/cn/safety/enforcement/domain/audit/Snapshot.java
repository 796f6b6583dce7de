package cn.safety.enforcement.domain.audit;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of an aggregate as the record keeps it: a public record whose components are the recorded fields, in the
 * order people read them. The record's field names are the keys of the audit entry's JSON, and each field needs a label
 * {@code <aggregate>.<field>} in the message files (a test finds them from the record components).
 */
public interface Snapshot {

    /** The fields by name, in declaration order: enumerations by name, dates and instants as ISO text. */
    default Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : getClass().getRecordComponents()) {
            try {
                fields.put(c.getName(), plain(c.getAccessor().invoke(this)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a snapshot is a public record: " + getClass().getName(), e);
            }
        }
        return fields;
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Snapshot::plain).toList();
        }
        return value;
    }
}
