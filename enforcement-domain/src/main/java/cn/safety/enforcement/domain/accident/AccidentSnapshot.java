package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.math.BigDecimal;
import java.time.Instant;

/** An accident as the record keeps it (labelled {@code accident.<field>}). */
public record AccidentSnapshot(Long id, Long enterpriseId, Long departmentId, Instant occurredAt, String place,
                               AccidentCategory category, int deaths, int seriousInjuries,
                               BigDecimal directLossTenThousandYuan, String summary, AccidentGrade grade,
                               GovernmentLevel investigatingLevel, GovernmentLevel supervisingLevel, String ruleSet)
        implements Snapshot {
}
