package cn.safety.enforcement.domain;

/** Checks on typed text that every aggregate shares. */
public final class Text {

    private Text() {
    }

    /** The same rule as {@link #hasForbiddenCharacters}, under the name its first callers use. */
    public static boolean hasControlCharacters(String value) {
        return hasForbiddenCharacters(value);
    }

    /**
     * Whether the text holds a character no typed text may hold: a C0 control other than the tab (NUL, BEL, ESC, line
     * breaks...), DEL, a C1 control (U+0080–U+009F), or a bidirectional embedding, override or isolate (U+202A–U+202E,
     * U+2066–U+2069), which would make a name or a reason read differently on screen from what is stored. PostgreSQL
     * cannot store NUL at all. The one rule for form fields, JSON fields and imported cells.
     */
    public static boolean hasForbiddenCharacters(String value) {
        return value != null && value.chars().anyMatch(Text::isForbidden);
    }

    /** One character of {@link #hasForbiddenCharacters}. */
    public static boolean isForbidden(int c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
