package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.rule.RuleParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The nine national thresholds of 条例 第三条 as the migration loads them, effective 2007-06-01. */
final class Regulation493 implements RuleParameters {

    static final LocalDate IN_FORCE = LocalDate.of(2007, 6, 1);
    static final Map<String, Integer> VALUES = Map.of(
            "accident-grade.especially-major.deaths", 30,
            "accident-grade.especially-major.serious-injuries", 100,
            "accident-grade.especially-major.direct-loss", 10000,
            "accident-grade.major.deaths", 10,
            "accident-grade.major.serious-injuries", 50,
            "accident-grade.major.direct-loss", 5000,
            "accident-grade.larger.deaths", 3,
            "accident-grade.larger.serious-injuries", 10,
            "accident-grade.larger.direct-loss", 1000);

    @Override
    public Optional<RuleValue> valueAt(String key, String provinceCode, LocalDate on) {
        Integer v = VALUES.get(key);
        if (v == null || on.isBefore(IN_FORCE)) {
            return Optional.empty();
        }
        return Optional.of(new RuleValue(key, BigDecimal.valueOf(v), IN_FORCE, "条例第三条 " + key));
    }

    static AccidentGrading grading() {
        return AccidentGrading.inForce(new Regulation493(), "130000", LocalDate.of(2024, 5, 1)).orElseThrow();
    }
}
