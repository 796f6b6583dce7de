package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.rule.RuleParameters;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * 事故等级 by 生产安全事故报告和调查处理条例 第三条: 特别重大 from 30 deaths, 100 serious injuries (急性工业中毒 included)
 * or 1亿元 direct economic loss; 重大 from 10 / 50 / 5000万元; 较大 from 3 / 10 / 1000万元; 一般 below. "以上" includes
 * the number and "以下" does not (第三条第三款), so a measure reaches a grade when it is at or above that grade's
 * threshold, and the highest grade any of the three measures reaches is the accident's grade.
 * <p>The nine thresholds are rule data ({@code accident-grade.<grade>.<measure>}, loss in 万元), read as in force on
 * the day of the accident; the result names the threshold that decided and the rows' dates, so that the record says
 * which rule set it was graded by.
 */
public final class AccidentGrading {

    public static final String KEY_PREFIX = "accident-grade.";
    static final List<AccidentGrade> ABOVE_GENERAL = List.of(AccidentGrade.ESPECIALLY_MAJOR, AccidentGrade.MAJOR,
            AccidentGrade.LARGER);

    /** What is measured against the thresholds. */
    public enum Measure {
        DEATHS("deaths"), SERIOUS_INJURIES("serious-injuries"), DIRECT_LOSS("direct-loss");

        private final String keyPart;

        Measure(String keyPart) {
            this.keyPart = keyPart;
        }

        public String key(AccidentGrade grade) {
            return KEY_PREFIX + grade.ruleName() + "." + keyPart;
        }
    }

    /** The grade, the threshold that decided it (null for 一般), and the rule set: the thresholds' effective dates. */
    public record Result(AccidentGrade grade, RuleValue decidedBy, String ruleSet) {

        public GovernmentLevel investigatingLevel() {
            return grade.investigatingLevel();
        }

        public GovernmentLevel supervisingLevel() {
            return grade.supervisingLevel();
        }
    }

    private final Map<AccidentGrade, Map<Measure, RuleValue>> thresholds;

    private AccidentGrading(Map<AccidentGrade, Map<Measure, RuleValue>> thresholds) {
        this.thresholds = thresholds;
    }

    /** The thresholds in force on {@code day} for {@code provinceCode}; empty when any of them is not (before 2007-06-01). */
    public static Optional<AccidentGrading> inForce(RuleParameters rules, String provinceCode, LocalDate day) {
        Map<AccidentGrade, Map<Measure, RuleValue>> t = new EnumMap<>(AccidentGrade.class);
        for (AccidentGrade grade : ABOVE_GENERAL) {
            Map<Measure, RuleValue> ofGrade = new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
                Optional<RuleValue> v = rules.valueAt(m.key(grade), provinceCode, day);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                ofGrade.put(m, v.get());
            }
            t.put(grade, ofGrade);
        }
        return Optional.of(new AccidentGrading(t));
    }

    /**
     * The grade of an accident with these casualties and this loss (万元, null when not yet assessed: graded on the
     * casualties alone). Counts are not negative (the accident refuses them before grading).
     */
    public Result grade(int deaths, int seriousInjuries, BigDecimal directLossTenThousandYuan) {
        for (AccidentGrade grade : ABOVE_GENERAL) {
            Map<Measure, RuleValue> t = thresholds.get(grade);
            if (deaths >= t.get(Measure.DEATHS).value().intValue()) {
                return new Result(grade, t.get(Measure.DEATHS), ruleSet());
            }
            if (seriousInjuries >= t.get(Measure.SERIOUS_INJURIES).value().intValue()) {
                return new Result(grade, t.get(Measure.SERIOUS_INJURIES), ruleSet());
            }
            if (directLossTenThousandYuan != null
                    && directLossTenThousandYuan.compareTo(t.get(Measure.DIRECT_LOSS).value()) >= 0) {
                return new Result(grade, t.get(Measure.DIRECT_LOSS), ruleSet());
            }
        }
        return new Result(AccidentGrade.GENERAL, null, ruleSet());
    }

    /** E.g. {@code accident-grade@2007-06-01}: the family of rows and the effective dates of those applied. */
    public String ruleSet() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        thresholds.values().forEach(m -> m.values().forEach(v -> dates.add(v.effectiveFrom())));
        List<String> d = new ArrayList<>();
        dates.forEach(x -> d.add(x.toString()));
        return "accident-grade@" + String.join(",", d);
    }

    /** The threshold of one grade and measure, as in force. */
    public RuleValue threshold(AccidentGrade grade, Measure measure) {
        return thresholds.get(grade).get(measure);
    }
}
