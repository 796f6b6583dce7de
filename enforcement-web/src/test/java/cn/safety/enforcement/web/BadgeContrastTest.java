package cn.safety.enforcement.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every risk badge is readable: its text has a contrast of at least 4.5:1 (WCAG 2.1 AA, normal text) against its
 * background, computed from the colours the style sheet gives them.
 */
class BadgeContrastTest {

    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\\s*;");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    @Test
    void every_risk_badge_text_has_a_contrast_of_at_least_4_5_to_1() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css"));
        Map<String, String> variables = new HashMap<>();
        Matcher v = VARIABLE.matcher(css);
        while (v.find()) {
            variables.put(v.group(1), v.group(2));
        }
        Map<String, String> badge = declarations(css, ".badge");
        int grades = 0;
        for (String grade : new String[] {"RED", "ORANGE", "YELLOW", "BLUE"}) {
            Map<String, String> rule = declarations(css, ".risk-" + grade);
            String background = colour(rule.get("background"), variables);
            String text = colour(rule.getOrDefault("color", badge.get("color")), variables);
            assertThat(contrast(background, text)).as("risk-%s: %s on %s", grade, text, background)
                    .isGreaterThanOrEqualTo(4.5);
            grades++;
        }
        assertThat(grades).isEqualTo(4);
    }

    @Test
    void the_contrast_formula_gives_the_known_values() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(contrast("#f57c00", "#ffffff")).as("the orange badge as it was").isLessThan(4.5);
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
    }

    private static Map<String, String> declarations(String css, String selector) {
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            for (String s : m.group(1).split(",")) {
                if (s.strip().equals(selector)) {
                    Map<String, String> d = new HashMap<>();
                    for (String declaration : m.group(2).split(";")) {
                        int colon = declaration.indexOf(':');
                        if (colon > 0) {
                            d.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                        }
                    }
                    return d;
                }
            }
        }
        throw new AssertionError("no rule for " + selector + " in app.css");
    }

    private static String colour(String value, Map<String, String> variables) {
        assertThat(value).as("a colour").isNotNull();
        Matcher var = Pattern.compile("var\\(--([a-z-]+)\\)").matcher(value);
        String hex = var.matches() ? variables.get(var.group(1)) : value;
        assertThat(hex).as(value).matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}");
        return hex;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double x = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
