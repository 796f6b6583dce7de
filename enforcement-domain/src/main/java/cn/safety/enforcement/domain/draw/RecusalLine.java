package cn.safety.enforcement.domain.draw;

import java.time.Instant;

/** A recusal as its department's list shows it: with the inspector and the enterprise by name. */
public record RecusalLine(long id, long departmentId, long userId, String inspectorName, String certificateNumber,
                          long enterpriseId, String enterpriseName, String creditCode, String reason,
                          String declaredBy, Instant declaredAt, Instant withdrawnAt, String withdrawalReason,
                          long version) {

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
