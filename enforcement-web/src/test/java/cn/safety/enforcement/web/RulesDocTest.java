package cn.safety.enforcement.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md names, for each legal rule, the class that enforces it and the test that proves it. This test reads
 * every row of its tables and fails for each name that the source tree does not hold: a class named in the "enforced
 * by" column (and the member after its dot), a test class and test method of the "proved by" column, a migration by
 * its version, a file by its path or name. A rule whose class is renamed or whose test is deleted is a failing build,
 * not a stale document.
 */
class RulesDocTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** {@code Class}, {@code Class.member}, {@code Class.*}, optionally followed by a call's arguments. */
    private static final Pattern JAVA_NAME = Pattern.compile("([A-Z][A-Za-z0-9_]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*|\\*))?"
            + "(?:\\(.*\\))?");
    private static final Pattern MIGRATION = Pattern.compile("(V\\d+(?:_\\d+)*)(__\\w+\\.sql)?");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");

    private final Path root = root();
    private final Map<String, List<String>> sources = javaSources();
    private final Set<String> declared = declaredTypes();

    @Test
    void every_class_member_test_and_file_that_rules_md_names_exists() {
        List<String> rows = rows();
        assertThat(rows).as("rows of the rule tables").hasSizeGreaterThan(50);
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            List<String> cells = cells(row);
            if (cells.size() != 4) {
                missing.add("a row of " + cells.size() + " cells instead of 4: " + abbreviate(row));
                continue;
            }
            for (String name : codes(cells.get(2))) {
                problemWith(name, false).ifPresent(p -> missing.add("enforced by " + name + ": " + p));
            }
            for (String name : codes(cells.get(3))) {
                problemWith(name, true).ifPresent(p -> missing.add("proved by " + name + ": " + p));
            }
        }
        assertThat(missing).as("names in docs/rules.md that the source tree does not hold").isEmpty();
    }

    @Test
    void the_rules_of_issue_6_each_have_a_row() {
        String rules = read(root.resolve("docs/rules.md"));
        assertThat(rules).contains("指定管辖", "委托执法", "不得再次委托", "期间开始的时和日，不计算在期间内",
                "第八十五条", "第五十八条", "第二十四条", "工贸企业重大事故隐患判定标准");
        assertThat(rules).contains("`DesignatingJurisdiction`", "`EntrustingEnforcement`", "`Deadlines`",
                "`LegalReviewSeparation`", "`SafetyStaffing`", "`Feature`", "`OpenApiLeakIT.*`",
                "`OpenApiWriteRefusalIT.*`");
    }

    /** The checker itself: what it must refuse, it refuses. */
    @Test
    void a_renamed_class_a_deleted_test_and_a_missing_migration_are_each_found() {
        assertThat(problemWith("JurisdictionPolicy.requireCanAct", false)).isEmpty();
        assertThat(problemWith("JurisdictionPolicyTest.a_county_does_not_see_what_the_province_has_either", true))
                .isEmpty();
        assertThat(problemWith("EnterpriseService.register", false)).isPresent();
        assertThat(problemWith("JurisdictionPolicy.requireCanFly", false)).isPresent();
        assertThat(problemWith("JurisdictionPolicyTest.no_such_test", true)).isPresent();
        assertThat(problemWith("V9_1__create_working_calendar.sql", false)).isEmpty();
        assertThat(problemWith("V999_1", false)).isPresent();
        assertThat(problemWith("no-such-file.md", true)).isPresent();
    }

    // ---- reading the document ----

    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (String line : read(root.resolve("docs/rules.md")).split("\n")) {
            if (line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| rule |")) {
                rows.add(line);
            }
        }
        return rows;
    }

    /** The cells of a table row; a {@code |} inside backticks does not split. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        for (char c : inner.toCharArray()) {
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            codes.add(m.group(1).strip());
        }
        return codes;
    }

    // ---- what the source tree holds ----

    /**
     * Why {@code name} is not found, if it is not. In the "proved by" column a {@code Class.method} must be a
     * {@code void method(} of that class; elsewhere the member may be any name of it. Names that are neither Java
     * names, migrations nor files (SQL objects, message codes, settings) are not checked.
     */
    private Optional<String> problemWith(String name, boolean test) {
        Matcher migration = MIGRATION.matcher(name);
        if (migration.matches()) {
            return migrationExists(migration.group(1), name.endsWith(".sql") ? name : null) ? Optional.empty()
                    : Optional.of("no migration " + name);
        }
        if (name.contains("/") || name.matches("[\\w.-]+\\.(md|json|sql|html|css|js|csv|xlsx)")) {
            return fileExists(name) ? Optional.empty() : Optional.of("no such file");
        }
        Matcher javaName = JAVA_NAME.matcher(name);
        if (!javaName.matches() || name.matches("[A-Z0-9_]+")) {
            // not a Java name, or a constant (an enumeration value such as OVER_CAP)
            return Optional.empty();
        }
        String type = javaName.group(1);
        String member = javaName.group(2);
        List<String> files = sources.get(type);
        if (files == null && !declared.contains(type)) {
            return Optional.of("no class " + type);
        }
        if (member == null || member.equals("*")) {
            return Optional.empty();
        }
        Pattern wanted = test ? Pattern.compile("void\\s+" + Pattern.quote(member) + "\\s*\\(")
                : Pattern.compile("\\b" + Pattern.quote(member) + "\\b");
        List<String> where = files != null ? files : sources.values().stream().flatMap(List::stream).toList();
        return where.stream().anyMatch(source -> wanted.matcher(source).find()) ? Optional.empty()
                : Optional.of(test ? "no test method " + member + " in " + type
                : "no member " + member + " in " + type);
    }

    private boolean migrationExists(String version, String file) {
        Path dir = root.resolve("db-migrations/src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(f -> file != null ? f.equals(file) : f.startsWith(version + "__"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fileExists(String name) {
        if (Files.exists(root.resolve(name)) || Files.exists(root.resolve("docs").resolve(name))) {
            return true;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .anyMatch(p -> p.toString().endsWith("/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every Java source of every module (main and test), by file name without .java. */
    private Map<String, List<String>> javaSources() {
        Map<String, List<String>> byName = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/")
                            && !p.toString().contains("/target/"))
                    .forEach(p -> byName.computeIfAbsent(p.getFileName().toString().replaceFirst("\\.java$", ""),
                            k -> new ArrayList<>()).add(read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(byName).as("Java sources under %s", root).containsKeys("JurisdictionPolicy", "RulesDocTest");
        return byName;
    }

    /** Types declared anywhere, nested ones too (e.g. {@code SafetyStaffing.Clause}). */
    private Set<String> declaredTypes() {
        Set<String> types = new HashSet<>();
        sources.values().stream().flatMap(List::stream).forEach(source -> {
            Matcher m = DECLARED.matcher(source);
            while (m.find()) {
                types.add(m.group(1));
            }
        });
        return types;
    }

    /** The project's root: the first folder upwards that holds docs/rules.md. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/rules.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a folder above the working directory holding docs/rules.md").isNotNull();
        return dir;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
