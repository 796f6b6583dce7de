package cn.safety.enforcement.domain.draw;

import java.util.Comparator;

/**
 * "Ascending" in the published draw: by Unicode code point, which is the order of the UTF-8 bytes and of Python's
 * {@code sorted}. Java's {@link String#compareTo} compares UTF-16 units and differs for characters beyond U+FFFF.
 */
public final class CodePointOrder implements Comparator<String> {

    public static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {
    }

    /** Whether the text has no character beyond U+FFFF: for such texts {@link String#compareTo} is this order. */
    public static boolean withinBasicPlane(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return Character.compare(x, y);
                }
                // beyond U+FFFF on either side: compare the code points from the start of this character
                int from = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
                return Integer.compare(a.codePointAt(from), b.codePointAt(from));
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
