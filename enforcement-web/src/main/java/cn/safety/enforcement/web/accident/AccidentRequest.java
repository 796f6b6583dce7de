package cn.safety.enforcement.web.accident;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/accidents}: the enterprise, when ({@code occurredAt}, ISO 8601 with an offset such as
 * {@code 2024-05-06T09:30:00+08:00}, or without one in the application's time zone), where, the GB 6441-86 category (its
 * name as the standard writes it, {@code 机械伤害}, or the code {@code MACHINERY}), deaths, serious injuries, direct
 * economic loss in 万元, and a summary.
 */
public record AccidentRequest(
        Long enterpriseId,
        @Schema(description = "ISO 8601, with an offset or in the application's time zone; not in the future",
                example = "2024-05-06T09:30:00+08:00") String occurredAt,
        @Schema(example = "二号车间冲压生产线") String place,
        @Schema(description = "GB 6441-86 name (物体打击 … 其它伤害; 其他 also read) or code (MACHINERY …)",
                example = "机械伤害") String category,
        @Schema(minimum = "0", example = "1") Integer deaths,
        @Schema(minimum = "0", example = "0") Integer seriousInjuries,
        @Schema(description = "直接经济损失 in 万元 (10,000 yuan), at most four decimals", minimum = "0",
                example = "186.5") BigDecimal directLossTenThousandYuan,
        String summary) {
}
