package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the domain that the record keeps ({@link RecordedChange}, found by scanning the domain's classes) has
 * a label {@code <aggregate>.<EventName>} in Chinese and English, and so has every field of its snapshots and details
 * ({@code <aggregate>.<field>}), and every value of an enumerated field ({@code <aggregate>.<field>.<VALUE>}, or the
 * shared {@code <field>.<VALUE>}).
 */
class RecordLabelsTest {

    @Test
    void every_recorded_event_and_every_field_it_records_has_a_label_in_both_languages() throws Exception {
        List<Class<?>> events = recordedEvents();
        assertThat(events).as("events found by scanning the domain").hasSizeGreaterThanOrEqualTo(4);
        Set<String> wanted = new TreeSet<>();
        for (Class<?> type : events) {
            wanted.addAll(labelsOf(type));
        }
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(file);
            List<String> missing = new ArrayList<>();
            for (String key : wanted) {
                if (key.contains("|")) {
                    String[] alternatives = key.split("\\|");
                    if (!messages.containsKey(alternatives[0]) && !messages.containsKey(alternatives[1])) {
                        missing.add(alternatives[0]);
                    }
                } else if (!messages.containsKey(key)) {
                    missing.add(key);
                }
            }
            assertThat(missing).as("labels missing in " + file).isEmpty();
        }
    }

    @Test
    void the_label_keys_are_qualified_by_the_aggregate() throws Exception {
        Class<?> registered = Class.forName("cn.safety.enforcement.domain.enterprise.EnterpriseRegistered");
        assertThat(labelsOf(registered)).contains("enterprise.EnterpriseRegistered", "enterprise.status",
                "enterprise.status.OPERATING|status.OPERATING", "enterprise.departmentId");
    }

    static List<Class<?>> recordedEvents() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RecordedChange.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.safety.enforcement.domain")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        return found;
    }

    /** The keys one event needs; {@code a|b} where either will do. */
    static Set<String> labelsOf(Class<?> type) throws ReflectiveOperationException {
        assertThat(type.isRecord()).as(type.getName() + " is a record").isTrue();
        RecordedChange empty = emptyInstanceOf(type);
        String prefix = empty.labelPrefix();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(empty.label());
        for (RecordComponent c : type.getRecordComponents()) {
            if (Snapshot.class.isAssignableFrom(c.getType())) {
                assertThat(c.getType().isRecord()).as(c.getType().getName() + " is a record").isTrue();
                for (RecordComponent field : c.getType().getRecordComponents()) {
                    keys.add(prefix + "." + field.getName());
                    Class<?> fieldType = field.getType();
                    if (fieldType.isEnum()) {
                        for (Object value : fieldType.getEnumConstants()) {
                            String name = ((Enum<?>) value).name();
                            keys.add(prefix + "." + field.getName() + "." + name + "|" + field.getName() + "." + name);
                        }
                    }
                }
            }
        }
        empty.details().keySet().forEach(k -> keys.add(prefix + "." + k));
        return keys;
    }

    /** The event with nothing in it: null for each object, zero for each number. */
    private static RecordedChange emptyInstanceOf(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = emptyValueOf(types[i]);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return (RecordedChange) canonical.newInstance(args);
    }

    private static Object emptyValueOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RecordLabelsTest.class.getResourceAsStream("/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
