package cn.safety.enforcement.domain.document;

/**
 * The numbered documents of the product (安全生产执法文书), each with its Chinese name (the title printed on it) and
 * the short word of its default number (文书代字), e.g. 检记 for 现场检查记录. Later issues issue the ones after the
 * first; they are declared now so that departments can set their patterns once.
 */
public enum DocumentType {

    /** 现场检查记录: what was found at an inspection, signed at the site. */
    INSPECTION_RECORD("现场检查记录", "检记"),
    /** 责令限期整改指令书: order to rectify by a deadline. */
    RECTIFICATION_ORDER("责令限期整改指令书", "责改"),
    /** 现场处理措施决定书: measures decided at the site (stopping work, evacuating). */
    ONSITE_MEASURES("现场处理措施决定书", "现决"),
    /** 整改复查意见书: opinion after re-checking a rectification. */
    RECHECK_OPINION("整改复查意见书", "复查"),
    /**
     * 挂牌督办通知书: notice that a major hazard is supervised by a named authority. Addressed to the department of the
     * hazard (督办对象), which must act on it; not served on the enterprise.
     */
    SUPERVISION_NOTICE("挂牌督办通知书", "督办");

    private final String chineseName;
    private final String shortWord;

    DocumentType(String chineseName, String shortWord) {
        this.chineseName = chineseName;
        this.shortWord = shortWord;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The word for the type in a number, replacing {@code {type}} in a pattern. */
    public String shortWord() {
        return shortWord;
    }

    /**
     * Whether a document of this type is addressed to another department, which reads it ({@link AddressedDepartments}),
     * rather than served on the party it names: the party's own account does not read it.
     */
    public boolean addressedToDepartment() {
        return this == SUPERVISION_NOTICE;
    }

    /** The type by its code, or null for an unknown one. */
    public static DocumentType parse(String code) {
        if (code == null) {
            return null;
        }
        for (DocumentType t : values()) {
            if (t.name().equalsIgnoreCase(code.strip())) {
                return t;
            }
        }
        return null;
    }
}
