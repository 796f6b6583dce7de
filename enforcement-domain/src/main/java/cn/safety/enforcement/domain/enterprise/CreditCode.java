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
        if (!registrationKnown(value.charAt(0), value.charAt(1))) {
            return "creditCode.registration";
        }
        if (!divisionCode(value.substring(2, 8))) {
            return "creditCode.division";
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            return "creditCode.checkDigit";
        }
        return null;
    }

    /**
     * GB 32100-2015 表 1: the registration authority (登记管理部门码, 1st character) and the kinds of organisation it
     * registers (机构类别码, 2nd character). 9 工商 registers 1 企业, 2 个体工商户 and 3 农民专业合作社.
     */
    private static final java.util.Map<Character, String> KINDS_BY_AUTHORITY = java.util.Map.ofEntries(
            java.util.Map.entry('1', "1239"),   // 机构编制: 机关, 事业单位, 中央编办直接管理的群众团体, 其他
            java.util.Map.entry('2', "19"),     // 外交
            java.util.Map.entry('3', "1234569"),// 司法行政: 律师事务所, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, ...
            java.util.Map.entry('4', "19"),     // 文化
            java.util.Map.entry('5', "1239"),   // 民政: 社会团体, 民办非企业单位, 基金会, 其他
            java.util.Map.entry('6', "129"),    // 旅游
            java.util.Map.entry('7', "129"),    // 宗教
            java.util.Map.entry('8', "19"),     // 工会
            java.util.Map.entry('9', "123"),    // 工商: 企业, 个体工商户, 农民专业合作社
            java.util.Map.entry('A', "19"),     // 中央军委改革和编制办公室
            java.util.Map.entry('N', "1239"),   // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
            java.util.Map.entry('Y', "1"));     // 其他

    /** GB/T 2260 province prefixes (and 10 for registrations at national level, 100000). */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22",
            "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65", "71", "81", "82");

    static boolean registrationKnown(char authority, char kind) {
        String kinds = KINDS_BY_AUTHORITY.get(authority);
        return kinds != null && kinds.indexOf(kind) >= 0;
    }

    /**
     * Positions 3 to 8 are the GB/T 2260 code of the registering authority's division: six digits of a province (or
     * 100000, the national level). Codes withdrawn since the registration stay valid, so a division need not exist today.
     */
    static boolean divisionCode(String six) {
        if (!six.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return "100000".equals(six) || PROVINCES.contains(six.substring(0, 2));
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
