package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.AuditEntry;
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
 * Reads an audit entry's before and after snapshots as people read a change: the fields that changed, each with its
 * label and its old and new value (enumerations in words), instead of raw JSON.
 */
@Component
public class AuditChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    /** Fields shown for a creation, where everything is new. */
    private static final List<String> CREATION_FIELDS = List.of("name", "creditCode", "username", "code", "divisionCode",
            "departmentId", "count");
    private static final Set<String> ENUM_FIELDS = Set.of("sector", "riskGrade", "scale", "standardizationGrade",
            "status", "level");

    private final MessageSource messages;

    AuditChanges(MessageSource messages) {
        this.messages = messages;
    }

    /** One changed field: its label, the value before (null for a creation) and after. */
    public record Change(String label, String before, String after) {
    }

    public List<Change> of(AuditEntry entry) {
        Map<String, Object> before = parse(entry.before());
        Map<String, Object> after = parse(entry.after());
        Locale locale = LocaleContextHolder.getLocale();
        List<Change> changes = new ArrayList<>();
        if (before.isEmpty()) {
            for (String key : CREATION_FIELDS) {
                if (after.get(key) != null) {
                    changes.add(new Change(label(key, locale), null, value(key, after.get(key), locale)));
                }
            }
            if (after.get("reason") != null) {
                changes.add(new Change(label("reason", locale), null, String.valueOf(after.get("reason"))));
            }
            return changes;
        }
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changes.add(new Change(label(key, locale), value(key, before.get(key), locale),
                        value(key, after.get(key), locale)));
            }
        }
        return changes;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("field." + key, null, key, locale);
    }

    private String value(String key, Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "yes" : "no", null, String.valueOf(b), locale);
        }
        if (ENUM_FIELDS.contains(key)) {
            String prefix = key.equals("level") ? "level" : key;
            return messages.getMessage(prefix + "." + value, null, String.valueOf(value), locale);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty() && key.equals("features")) {
                return messages.getMessage("feature.none", null, "—", locale);
            }
            return String.join("、", list.stream().map(v -> key.equals("roles")
                    ? messages.getMessage("role." + v, null, String.valueOf(v), locale)
                    : key.equals("features") ? messages.getMessage("feature." + v, null, String.valueOf(v), locale)
                    : String.valueOf(v)).toList());
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(json, MAP);
    }
}
