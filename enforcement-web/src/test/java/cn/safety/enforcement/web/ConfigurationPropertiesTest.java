package cn.safety.enforcement.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Configuration is read through {@code @ConfigurationProperties} records, never through a scattered {@code @Value}. */
class ConfigurationPropertiesTest {

    @Test
    void no_main_class_reads_a_setting_with_at_value() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of("enforcement-domain", "enforcement-persistence", "enforcement-web")) {
            Path root = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (Files.readString(f).contains("@Value(")
                            || Files.readString(f).contains("annotation.Value(")) {
                        offenders.add(root.relativize(f).toString());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
