package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;

import java.util.Locale;

/**
 * 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015. The 18th character is a check
 * character over the first 17, computed modulo 31 with the weights 3^(i) mod 31.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        String problem = problemWith(value);
        if (problem != null) {
            throw new RuleViolation("creditCode", problem);
        }
    }

    /** Accepts what people type: surrounding spaces and lower-case letters are forgiven. */
    public static CreditCode parse(String raw) {
        return new CreditCode(normalize(raw));
    }

    /** Full-width letters and digits typed through a Chinese input method count as the ordinary ones (NFKC). */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC);
        return folded.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The message code of what is wrong with {@code value}, or null when it is a valid code. */
    public static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "creditCode.required";
        }
        if (value.length() != 18) {
            return "creditCode.length";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return "creditCode.character";
            }
        }
        if (!value.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "creditCode.division";
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            return "creditCode.checkDigit";
        }
        return null;
    }

    /** The check character for the first 17 characters (used by generators and by validation alike). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** The six-digit registration division embedded at positions 3 to 8. */
    public String registrationDivision() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
