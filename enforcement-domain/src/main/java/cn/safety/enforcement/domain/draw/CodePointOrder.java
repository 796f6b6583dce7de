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

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
