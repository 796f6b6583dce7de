package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.rule.RuleParameters;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The re-check of a reported rectification is due within the days the rule data sets, counted in calendar days
 * from the day of the report (the day itself not counted; a last day that is a rest day moves to the next working
 * day): {@code hazard.recheck-calendar-days.major} (安全生产事故隐患排查治理暂行规定 第二十三条: 10日内现场审查) and
 * {@code hazard.recheck-calendar-days.general}. The province's own value wins; the value used is cited on the hazard.
 */
@Component
public class RecheckWithinDays {

    static final String MAJOR = "hazard.recheck-calendar-days.major";
    static final String GENERAL = "hazard.recheck-calendar-days.general";

    private final RuleParameters rules;
    private final Deadlines deadlines;

    public RecheckWithinDays(RuleParameters rules, Deadlines deadlines) {
        this.rules = rules;
        this.deadlines = deadlines;
    }

    public Hazard.Recheck of(Hazard h, LocalDate reportedOn) {
        RuleValue days = rules.require(h.getGrade() == HazardGrade.MAJOR ? MAJOR : GENERAL,
                h.getLocation().provinceCode(), reportedOn);
        return new Hazard.Recheck(deadlines.of(reportedOn, days.asInt(), PeriodUnit.CALENDAR_DAYS), days);
    }
}
