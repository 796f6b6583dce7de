package cn.safety.enforcement.domain;

/** Checks on typed text that every aggregate shares. */
public final class Text {

    private Text() {
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
