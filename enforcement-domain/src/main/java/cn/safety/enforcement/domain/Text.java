package cn.safety.enforcement.domain;

/** Checks on typed text that every aggregate shares. */
public final class Text {

    private Text() {
    }

    /** Control characters (NUL, escape, ...) never belong in a name, an address or a reason; tabs are forgiven. */
    public static boolean hasControlCharacters(String value) {
        return value != null && value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }
}
