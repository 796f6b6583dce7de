package cn.safety.enforcement.domain.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: effective-dated legal parameters. A province's own value wins over the national one; of several values the one
 * with the latest effective date on or before {@code on} applies.
 */
public interface RuleParameters {

    Optional<RuleValue> valueAt(String key, String provinceCode, LocalDate on);

    /** Like {@link #valueAt} but a missing parameter is a configuration error, not a silent default. */
    default RuleValue require(String key, String provinceCode, LocalDate on) {
        return valueAt(key, provinceCode, on).orElseThrow(() -> new IllegalStateException(
                "no rule parameter " + key + " in force on " + on + " for " + provinceCode));
    }

    /** A parameter value with where it comes from, so a decision can cite it. */
    record RuleValue(String key, BigDecimal value, LocalDate effectiveFrom, String source) {

        public int asInt() {
            return value.intValueExact();
        }
    }
}
