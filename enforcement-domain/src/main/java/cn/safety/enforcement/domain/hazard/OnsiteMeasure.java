package cn.safety.enforcement.domain.hazard;

/**
 * 现场处理措施 (安全生产法 第六十五条第一款第（三）项, 002§(十)) for a major hazard that cannot be kept safe while it is
 * removed: 从危险区域内撤出作业人员, 责令暂时停产停业, 停止使用相关设施、设备.
 */
public enum OnsiteMeasure {
    WITHDRAW_WORKERS("从危险区域内撤出作业人员"),
    SUSPEND_PRODUCTION("责令暂时停产停业"),
    STOP_EQUIPMENT("停止使用相关设施、设备");

    private final String chinese;

    OnsiteMeasure(String chinese) {
        this.chinese = chinese;
    }

    /** As the 现场处理措施决定书 prints it. */
    public String chinese() {
        return chinese;
    }
}
