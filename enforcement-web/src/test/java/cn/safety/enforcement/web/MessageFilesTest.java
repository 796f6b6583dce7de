package cn.safety.enforcement.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Chinese and the English message files say the same things: the same keys, none empty, every page key present. */
class MessageFilesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void the_chinese_and_english_files_have_the_same_keys() throws IOException {
        Set<String> chinese = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(difference(chinese, english)).as("keys only in messages.properties").isEmpty();
        assertThat(difference(english, chinese)).as("keys only in messages_en.properties").isEmpty();
    }

    @Test
    void no_message_is_empty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames()).as(file).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void every_key_a_page_names_is_in_both_files() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(t));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(difference(used, load("messages.properties").stringPropertyNames())).isEmpty();
        assertThat(difference(used, load("messages_en.properties").stringPropertyNames())).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageFilesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
