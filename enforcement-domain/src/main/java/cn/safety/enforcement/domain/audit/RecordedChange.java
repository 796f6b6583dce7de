package cn.safety.enforcement.domain.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A past-tense event that changed an aggregate (a creation, a revision, a transition), carrying the state before and
 * after. Publishing one through Spring's {@code ApplicationEventPublisher} inside the command's transaction is all a
 * command does for the record: one listener ({@link RecordingChanges}) writes exactly one audit entry for it.
 * <p>An event is a public record in its feature package named in the past tense ({@code EnterpriseRevised}); its label
 * is {@code <aggregate>.<EventName>} ({@code enterprise.EnterpriseRevised}) and each field of its snapshots and details
 * has a label {@code <aggregate>.<field>}, in both message files.
 */
public interface RecordedChange {

    /** The aggregate's type as the audit log names it ({@code Enterprise}, {@code UserAccount}). */
    String aggregateType();

    /** The aggregate's id (or code). */
    Object aggregateId();

    /**
     * The department the entry belongs to: it decides the chain (that department's province) and who reads the entry
     * (the admins whose area holds it). Null only for national reference data.
     */
    Long departmentId();

    /** The state before the change; null for a creation. */
    Snapshot before();

    /** The state after the change. */
    Snapshot after();

    /**
     * What the change adds beside the state, kept with the after-state: the reason given, the client, a count. Every
     * key is listed even when its value is null (the label test reads the keys of an empty event).
     */
    default Map<String, Object> details() {
        return Map.of();
    }

    /**
     * Whether the system made this change on its own account, whoever is signed in: a lock after failed sign-ins, the
     * tokens revoked as a consequence of another change.
     */
    default boolean bySystem() {
        return false;
    }

    /** The name of the event as kept in the entry: its class name. */
    default String action() {
        return getClass().getSimpleName();
    }

    /** The prefix of this aggregate's labels: its type with a lower-case first letter ({@code userAccount}). */
    default String labelPrefix() {
        return labelPrefixOf(aggregateType());
    }

    /** The message key of the event's label: {@code enterprise.EnterpriseRevised}. */
    default String label() {
        return labelPrefix() + "." + action();
    }

    /** {@code before} as the entry keeps it. */
    default Map<String, Object> beforeFields() {
        return before() == null ? null : before().fields();
    }

    /** {@code after} with the details, as the entry keeps it. */
    default Map<String, Object> afterFields() {
        Map<String, Object> fields = after() == null ? new LinkedHashMap<>() : after().fields();
        fields.putAll(details());
        return fields;
    }

    static String labelPrefixOf(String aggregateType) {
        return Character.toLowerCase(aggregateType.charAt(0)) + aggregateType.substring(1);
    }

    /** A map of details that keeps null values (a {@code Map.of} would refuse them). */
    static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
