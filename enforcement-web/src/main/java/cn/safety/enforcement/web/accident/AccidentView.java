package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.accident.Accident;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An accident as the API shows it: {@code grade} is one of GENERAL (一般), LARGER (较大), MAJOR (重大), ESPECIALLY_MAJOR
 * (特别重大); {@code investigatingLevel} and {@code supervisingLevel} one of COUNTY, CITY, PROVINCE, STATE_COUNCIL
 * (supervising is null for 特别重大); {@code ruleSet} and {@code gradeBasis} say which thresholds graded it.
 */
public record AccidentView(long id, long enterpriseId, long departmentId, OffsetDateTime occurredAt, String place,
                           String category, String categoryName, int deaths, int seriousInjuries,
                           BigDecimal directLossTenThousandYuan, String summary, String grade,
                           String investigatingLevel, String supervisingLevel, String ruleSet, String gradeBasis,
                           String recordedBy, OffsetDateTime recordedAt, long version) {

    static AccidentView of(Accident a, ZoneId zone) {
        return new AccidentView(a.getId(), a.getEnterpriseId(), a.getDepartmentId(),
                a.getOccurredAt().atZone(zone).toOffsetDateTime(), a.getPlace(), a.getCategory().name(),
                a.getCategory().standardName(), a.getDeaths(), a.getSeriousInjuries(),
                plain(a.getDirectLossTenThousandYuan()), a.getSummary(), a.getGrade().name(),
                a.getInvestigatingLevel() == null ? null : a.getInvestigatingLevel().name(),
                a.getSupervisingLevel() == null ? null : a.getSupervisingLevel().name(), a.getRuleSet(),
                a.getGradeBasis(), a.getRecordedBy(), a.getRecordedAt().atZone(zone).toOffsetDateTime(),
                a.getVersion());
    }

    /** 180 and 180.0000 alike as 180, as typed and as stored. */
    private static BigDecimal plain(BigDecimal amount) {
        return amount == null ? null : new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }
}
