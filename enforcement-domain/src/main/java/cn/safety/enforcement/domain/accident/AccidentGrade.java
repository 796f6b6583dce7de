package cn.safety.enforcement.domain.accident;

/**
 * 事故等级 (生产安全事故报告和调查处理条例 第三条), lowest first, with who investigates (第十九条) and who supervises the
 * investigation (000§(六): 省级、市级和县级人民政府分别负责查处的重大、较大和一般事故，分别由上一级人民政府安全生产委员会负责挂牌督办).
 */
public enum AccidentGrade {
    /** 一般事故: 县级人民政府 investigates; the 设区的市 government's 安委会 supervises. */
    GENERAL(null, GovernmentLevel.COUNTY, GovernmentLevel.CITY),
    /** 较大事故: 设区的市级人民政府 investigates; the province's 安委会 supervises. */
    LARGER("larger", GovernmentLevel.CITY, GovernmentLevel.PROVINCE),
    /** 重大事故: 省级人民政府 investigates; 国务院安委会 supervises. */
    MAJOR("major", GovernmentLevel.PROVINCE, GovernmentLevel.STATE_COUNCIL),
    /** 特别重大事故: 国务院 or the departments it authorises investigate; there is no level above to supervise. */
    ESPECIALLY_MAJOR("especially-major", GovernmentLevel.STATE_COUNCIL, null);

    private final String ruleName;
    private final GovernmentLevel investigatingLevel;
    private final GovernmentLevel supervisingLevel;

    AccidentGrade(String ruleName, GovernmentLevel investigatingLevel, GovernmentLevel supervisingLevel) {
        this.ruleName = ruleName;
        this.investigatingLevel = investigatingLevel;
        this.supervisingLevel = supervisingLevel;
    }

    /** 第十九条: the government that investigates (or organises the investigation group). */
    public GovernmentLevel investigatingLevel() {
        return investigatingLevel;
    }

    /** 000§(六): the level above whose 安全生产委员会 supervises (挂牌督办); null for 特别重大 (国务院 itself). */
    public GovernmentLevel supervisingLevel() {
        return supervisingLevel;
    }

    /** The middle part of this grade's threshold keys ({@code accident-grade.<name>.deaths}); GENERAL has none. */
    String ruleName() {
        return ruleName;
    }
}
