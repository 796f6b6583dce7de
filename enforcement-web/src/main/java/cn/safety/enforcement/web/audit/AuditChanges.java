package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.RecordNames;
import cn.safety.enforcement.domain.audit.RecordedChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads audit entries as people read a change: who did it by name (姓名, then the username; 系统 for the system), what
 * was done by its event's label, which object by its name with a link to it, and the fields that changed, each with its
 * label (qualified by the aggregate: {@code enterprise.status}) and its old and new value, with names instead of ids and
 * codes and enumerations in words.
 */
@Component
public class AuditChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    /**
     * Fields shown for an entry without a before-state (a creation, or an act recorded with its details), where
     * everything is new: the ones that say what the object is and what the act was. A change shows every field that
     * changed.
     */
    private static final List<String> CREATION_FIELDS = List.of("name", "creditCode", "username", "fullName", "code",
            "divisionCode", "parentCode", "departmentId", "sector", "riskGrade", "roles", "reason", "count",
            "firstId", "lastId", "format", "q", "limit", "expiresAt", "lockedUntil", "failures", "client",
            "tokensRevoked", "enterpriseId", "occurredAt", "category", "deaths", "seriousInjuries", "grade",
            "foundOn", "finding");
    /** Enumerations whose words are shared with the forms under another prefix. */
    private static final Map<String, String> SHARED_VALUE_PREFIX = Map.of("roles", "role", "features", "feature");

    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final java.time.Clock clock;

    AuditChanges(MessageSource messages, java.time.Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** One changed field: its label, the value before (null for a creation) and after. */
    public record Change(String label, String before, String after) {
    }

    /** One entry as people read it; {@code link} is the object's page, or null when it has none. */
    public record Row(AuditEntry entry, String who, String event, String objectType, String object, String link,
                      List<Change> changes) {
    }

    public List<Row> rows(List<AuditEntry> entries, RecordNames.Names names) {
        Locale locale = LocaleContextHolder.getLocale();
        return entries.stream().map(e -> row(e, names, locale)).toList();
    }

    private Row row(AuditEntry entry, RecordNames.Names names, Locale locale) {
        Map<String, Object> before = parse(entry.before());
        Map<String, Object> after = parse(entry.after());
        String prefix = RecordedChange.labelPrefixOf(entry.aggregateType());
        return new Row(entry, who(entry.username(), names, locale), event(entry, prefix, locale),
                messages.getMessage("aggregate." + entry.aggregateType(), null, entry.aggregateType(), locale),
                object(entry, before, after, names, locale), link(entry, before, after),
                changes(prefix, before, after, names, locale));
    }

    /** A person by 姓名 and username; the system in words. */
    public String who(String username, RecordNames.Names names, Locale locale) {
        if (username == null || AuditActor.SYSTEM.username().equals(username)) {
            return messages.getMessage("audit.system", null, "系统", locale);
        }
        String fullName = names.people().get(username);
        return fullName == null ? username : fullName + "（" + username + "）";
    }

    private String event(AuditEntry entry, String prefix, Locale locale) {
        String label = messages.getMessage(prefix + "." + entry.action(), null, null, locale);
        return label != null ? label : messages.getMessage("action." + entry.action(), null, entry.action(), locale);
    }

    private String object(AuditEntry entry, Map<String, Object> before, Map<String, Object> after,
                          RecordNames.Names names, Locale locale) {
        Map<String, Object> state = after.isEmpty() ? before : after;
        Object name = state.get("name");
        return switch (entry.aggregateType()) {
            case "UserAccount" -> state.get("fullName") != null
                    ? state.get("fullName") + "（" + state.get("username") + "）" : orId(state.get("username"), entry);
            case "ApiToken" -> entry.aggregateId() + (state.get("username") == null ? ""
                    : "（" + who(String.valueOf(state.get("username")), names, locale) + "）");
            case "Division" -> name != null ? name + "（" + entry.aggregateId() + "）" : entry.aggregateId();
            case "Enterprise" -> name != null ? String.valueOf(name)
                    : "*".equals(entry.aggregateId()) ? messages.getMessage("audit.object.all", null, "*", locale)
                    : entry.aggregateId();
            case "Checklist" -> state.get("title") == null ? entry.aggregateId() : state.get("title") + " "
                    + messages.getMessage("checklist.versionNumber", new Object[] {state.get("version")},
                    locale);
            case "IssuedDocument" -> orId(state.get("number"), entry);
            default -> orId(name, entry);
        };
    }

    private static String orId(Object name, AuditEntry entry) {
        return name == null ? entry.aggregateId() : String.valueOf(name);
    }

    /** The page of the object, when it has one. */
    static String link(AuditEntry entry, Map<String, Object> before, Map<String, Object> after) {
        String id = entry.aggregateId();
        boolean numeric = id != null && id.matches("[0-9]{1,18}");
        return switch (entry.aggregateType()) {
            case "Enterprise" -> numeric ? "/enterprises/" + id : null;
            case "UserAccount" -> numeric ? "/admin/users/" + id : null;
            case "Department" -> numeric ? "/admin/departments#department-" + id : null;
            case "Draw" -> numeric ? "/public/draws/" + id : null;
            case "Recusal" -> numeric ? "/recusals#recusal-" + id : null;
            case "Accident", "DutyFinding" -> {
                Object enterprise = (after.isEmpty() ? before : after).get("enterpriseId");
                String anchor = entry.aggregateType().equals("Accident") ? "#accident-" : "#duty-finding-";
                yield enterprise == null ? null : "/enterprises/" + enterprise + (numeric ? anchor + id : "");
            }
            case "Plan" -> numeric ? "/plans/" + id : null;
            case "Checklist" -> numeric ? "/checklists/" + id : null;
            case "Inspection" -> numeric ? "/inspections/" + id : null;
            case "Expert" -> numeric ? "/experts#expert-" + id : null;
            case "Evidence" -> numeric ? "/evidence/" + id : null;
            case "IssuedDocument" -> numeric ? "/api/v1/documents/" + id + "/pdf" : null;
            case "DocumentNumbering" -> {
                Map<String, Object> state = after.isEmpty() ? before : after;
                Object department = state.get("departmentId");
                yield department == null ? null : "/admin/document-numbering?departmentId=" + department
                        + (state.get("type") == null ? "" : "#numbering-" + state.get("type"));
            }
            case "PlanItem" -> {
                Object plan = (after.isEmpty() ? before : after).get("planId");
                yield plan == null ? null : "/plans/" + plan + "#item-" + id;
            }
            case "Division" -> {
                Object parent = (after.isEmpty() ? before : after).get("parentCode");
                yield "/admin/divisions?parent=" + (parent == null ? id : parent);
            }
            case "Township" -> {
                Object county = (after.isEmpty() ? before : after).get("divisionCode");
                yield county == null ? null : "/admin/townships?county=" + county + (numeric ? "#township-" + id : "");
            }
            default -> null;
        };
    }

    private List<Change> changes(String prefix, Map<String, Object> before, Map<String, Object> after,
                                 RecordNames.Names names, Locale locale) {
        List<Change> changes = new ArrayList<>();
        if (before.isEmpty()) {
            for (String key : CREATION_FIELDS) {
                if (after.get(key) != null) {
                    changes.add(new Change(label(prefix, key, locale), null,
                            value(prefix, key, after.get(key), names, locale)));
                }
            }
            return changes;
        }
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changes.add(new Change(label(prefix, key, locale), value(prefix, key, before.get(key), names, locale),
                        value(prefix, key, after.get(key), names, locale)));
            }
        }
        return changes;
    }

    private String label(String prefix, String key, Locale locale) {
        String qualified = messages.getMessage(prefix + "." + key, null, null, locale);
        return qualified != null ? qualified : messages.getMessage("field." + key, null, key, locale);
    }

    private String value(String prefix, String key, Object value, RecordNames.Names names, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "yes" : "no", null, String.valueOf(b), locale);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty() && key.equals("features")) {
                return messages.getMessage("feature.none", null, "—", locale);
            }
            return String.join("、", list.stream().map(v -> word(prefix, key, String.valueOf(v), locale)).toList());
        }
        if (value instanceof Number n) {
            String name = switch (key) {
                case "departmentId" -> names.departments().get(n.longValue());
                case "enterpriseId" -> names.enterprises().get(n.longValue());
                case "townshipId" -> names.townships().get(n.longValue());
                default -> key.endsWith("DepartmentId") ? names.departments().get(n.longValue()) : null;
            };
            return name != null ? name : String.valueOf(value);
        }
        String text = String.valueOf(value);
        if (INSTANT.matcher(text).matches()) {
            return TIME.format(java.time.Instant.parse(text).atZone(clock.getZone()));
        }
        if (key.equals("divisionCode") || key.equals("parentCode")) {
            String name = names.divisions().get(text);
            return name == null ? text : name + "（" + text + "）";
        }
        return word(prefix, key, text, locale);
    }

    /** An enumeration's value in words ({@code enterprise.status.CLOSED}, or the shared {@code status.CLOSED}). */
    private String word(String prefix, String key, String value, Locale locale) {
        if (!value.matches("[A-Z][A-Z0-9_]*")) {
            return value;
        }
        String qualified = messages.getMessage(prefix + "." + key + "." + value, null, null, locale);
        if (qualified != null) {
            return qualified;
        }
        return messages.getMessage(SHARED_VALUE_PREFIX.getOrDefault(key, key) + "." + value, null, value, locale);
    }

    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(json, MAP);
    }
}
