package cn.safety.enforcement.domain.enterprisefile;

/**
 * The kinds of entry of the time line, each read from the aggregate that owns it. Whether the enterprise's own account
 * (000§(八)) sees a kind is decided here: what was served on it or done at its site, never the department's internal
 * records.
 */
public enum FileEntryKind {

    /** An inspection of the enterprise (执法检查), dated by its start. The enterprise sees only completed ones. */
    INSPECTION(true),
    /** A numbered document served on the enterprise (执法文书), dated by its issue. */
    DOCUMENT(true),
    /** A hidden hazard of the enterprise (事故隐患), dated by its finding. */
    HAZARD(true),
    /** An accident at the enterprise (生产安全事故), dated by when it occurred: the department's record of it. */
    ACCIDENT(false),
    /** A change of the department with jurisdiction (初始确定, 调整管辖, 提级管辖, 指定管辖), with its internal reason. */
    ASSIGNMENT(false);

    private final boolean meantForEnterprise;

    FileEntryKind(boolean meantForEnterprise) {
        this.meantForEnterprise = meantForEnterprise;
    }

    /** Whether the enterprise's own account sees entries of this kind. */
    public boolean meantForEnterprise() {
        return meantForEnterprise;
    }

    /** The kind by its code, or null for an unknown one. */
    static FileEntryKind parse(String code) {
        for (FileEntryKind k : values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
