package cn.safety.enforcement.web.accident;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/accidents}: the enterprise, when ({@code occurredAt}, ISO 8601 with an offset such as
 * {@code 2024-05-06T09:30:00+08:00}, or without one in the application's time zone), where, the GB 6441-86 category (its
 * name as the standard writes it, {@code 机械伤害}, or the code {@code MACHINERY}), deaths, serious injuries, direct
 * economic loss in 万元, and a summary.
 */
public record AccidentRequest(Long enterpriseId, String occurredAt, String place, String category, Integer deaths,
                              Integer seriousInjuries, BigDecimal directLossTenThousandYuan, String summary) {
}
