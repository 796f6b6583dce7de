package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a department's numbers of one document type read (文书编号), e.g. {@code 冀正应急检记〔{year}〕{n}号} gives
 * 冀正应急检记〔2026〕15号. Placeholders: {@code {year}} the four-digit year, {@code {n}} the serial of the year,
 * {@code {n:3}} the serial zero-padded to 3 digits (1 to 6), {@code {type}} the type's short word (检记). A pattern holds
 * {@code {year}} and one {@code {n}} exactly once each, so that two numbers of a department never read alike; any other
 * brace is refused.
 *
 * @param text the pattern as set
 */
public record NumberPattern(String text) {

    public static final int MAX_LENGTH = 100;

    /** The pattern of a department that has set none: e.g. 检记〔2026〕15号. */
    public static final NumberPattern DEFAULT = new NumberPattern("{type}〔{year}〕{n}号");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SERIAL = Pattern.compile("n(?::([1-6]))?");

    public NumberPattern {
        if (text == null) {
            throw new IllegalArgumentException("a pattern");
        }
    }

    /**
     * The pattern as typed, trimmed, or every problem with it on {@code field}: empty, too long, control characters,
     * a missing or repeated {@code {year}} or {@code {n}}, an unknown placeholder or a stray brace.
     */
    public static NumberPattern parse(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RuleViolation(field, "document.pattern.required");
        }
        if (text.length() > MAX_LENGTH || Text.hasControlCharactersInLine(text)) {
            throw new RuleViolation(field, "field.tooLong", MAX_LENGTH);
        }
        int years = 0;
        int serials = 0;
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("year")) {
                years++;
            } else if (SERIAL.matcher(name).matches()) {
                serials++;
            } else if (!name.equals("type")) {
                throw new RuleViolation(field, "document.pattern.unknownPlaceholder", "{" + name + "}");
            }
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            throw new RuleViolation(field, "document.pattern.strayBrace");
        }
        if (years != 1 || serials != 1) {
            throw new RuleViolation(field, "document.pattern.yearAndSerialOnce");
        }
        return new NumberPattern(text);
    }

    /** The number of the {@code serial}-th document of {@code type} in {@code year}. */
    public String format(int year, int serial, DocumentType type) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("year")) {
                value = String.valueOf(year);
            } else if (name.equals("type")) {
                value = type.shortWord();
            } else {
                Matcher n = SERIAL.matcher(name);
                if (!n.matches()) {
                    throw new IllegalStateException("unparsed pattern " + text);
                }
                value = n.group(1) == null ? String.valueOf(serial)
                        : String.format("%0" + n.group(1) + "d", serial);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
