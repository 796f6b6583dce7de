package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.Conflict;

/**
 * 重复检查: the enterprise has reached the province's yearly cap and the request did not acknowledge the warning
 * ({@code acknowledgeRepeat}). Nothing is started; the same request with the acknowledgement starts it.
 */
public class RepeatInspectionUnacknowledged extends Conflict {

    private final transient RepeatInspectionAlert alert;

    public RepeatInspectionUnacknowledged(RepeatInspectionAlert alert) {
        super("acknowledgeRepeat", "inspection.warning.repeat.acknowledge", alert.count(), alert.cap().asInt(),
                alert.cap().source());
        this.alert = alert;
    }

    public RepeatInspectionAlert alert() {
        return alert;
    }
}
