package cn.safety.enforcement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Checks on typed text that every aggregate shares. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding blanks, or null when nothing is left. */
    public static String stripToNull(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * A text that must be given (reasons, descriptions: line breaks allowed): stripped, or null when blank. A blank one
     * adds {@code code} for {@code field} to {@code problems}; a longer one than {@code max}, or one with control
     * characters, adds {@code field.tooLong}.
     */
    public static String required(List<RuleViolation.Problem> problems, String field, String value, int max,
                                  String code) {
        return checked(problems, field, stripToNull(value), max, code, Text::hasControlCharacters);
    }

    /** {@link #required} for a request of this one text: its problem is thrown at once. */
    public static String require(String field, String value, int max, String code) {
        return thrown(field, value, max, code, Text::hasControlCharacters);
    }

    /** {@link #requiredLine} for a request of this one line: its problem is thrown at once. */
    public static String requireLine(String field, String value, int max, String code) {
        return thrown(field, value, max, code, Text::hasControlCharactersInLine);
    }

    private static String thrown(String field, String value, int max, String code, Predicate<String> forbidden) {
        List<RuleViolation.Problem> problems = new ArrayList<>(1);
        String s = checked(problems, field, stripToNull(value), max, code, forbidden);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return s;
    }

    /** {@link #required} for a single line (a name, a number): line breaks are refused too. */
    public static String requiredLine(List<RuleViolation.Problem> problems, String field, String value, int max,
                                      String code) {
        return checked(problems, field, stripToNull(value), max, code, Text::hasControlCharactersInLine);
    }

    /** {@link #required} for a text that may be left out: blank is null, and no problem. */
    public static String optional(List<RuleViolation.Problem> problems, String field, String value, int max) {
        return checked(problems, field, stripToNull(value), max, null, Text::hasControlCharacters);
    }

    private static String checked(List<RuleViolation.Problem> problems, String field, String s, int max,
                                  String requiredCode, Predicate<String> forbidden) {
        if (s == null) {
            if (requiredCode != null) {
                problems.add(new RuleViolation.Problem(field, requiredCode));
            }
        } else if (s.length() > max || forbidden.test(s)) {
            problems.add(new RuleViolation.Problem(field, "field.tooLong", max));
        }
        return s;
    }

    /**
     * Characters that no person types into a name, an address, a code or a reason, and that can hide what a record
     * says: C0 and C1 control characters (NUL, BEL, ESC, ...; tab and line breaks are forgiven), DEL, the bidirectional
     * embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) that make a text read otherwise than it is
     * stored, and halves of surrogate pairs that stand alone (no character at all).
     */
    public static boolean hasControlCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (forbidden(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean forbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Single-line fields (names, codes, numbers) take no line breaks either: only the multi-line texts (reasons,
     * summaries) may hold them.
     */
    public static boolean hasControlCharactersInLine(String value) {
        return value != null && (hasControlCharacters(value) || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0);
    }

    /**
     * Texts read from an imported cell: one line each, so the single-line rule ({@link #hasControlCharactersInLine}).
     */
    public static boolean hasForbiddenCharacters(String value) {
        return hasControlCharactersInLine(value);
    }

    /** One character of {@link #hasForbiddenCharacters}. */
    public static boolean isForbidden(int c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
