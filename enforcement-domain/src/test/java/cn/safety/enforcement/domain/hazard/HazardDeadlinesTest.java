package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.OfficialArrangements;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The hazard's deadlines across the national day holiday of 2026 (10-01 … 10-07 rest, 09-20 and 10-10 worked). */
class HazardDeadlinesTest {

    private final Deadlines deadlines = new Deadlines(OfficialArrangements.entered2025And2026());
    private final OrderingRectification ordering = new OrderingRectification(null, null, null, deadlines, null, null,
            null);
    private final HazardFixture x = new HazardFixture();

    private final RuleParameters rules = (key, province, on) -> Optional.of(new RuleParameters.RuleValue(key,
            BigDecimal.TEN, LocalDate.of(2008, 2, 1), key.endsWith("major") ? "暂行规定第二十三条" : "本系统选定"));

    @Test
    void an_order_of_seven_working_days_from_the_monday_before_national_day_ends_after_the_holiday() {
        Deadline d = ordering.deadline(LocalDate.of(2026, 9, 28), null, 7);
        assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(d.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void an_order_names_a_date_or_working_days_not_both() {
        assertThat(problemsOf(() -> ordering.deadline(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 30), 5)))
                .containsExactly("deadline:hazard.deadline.both");
        assertThat(ordering.deadline(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 30), null).dueOn())
                .isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(ordering.deadline(LocalDate.of(2026, 9, 28), null, null)).isNull();
    }

    @Test
    void the_recheck_of_a_major_hazard_reported_before_the_holiday_is_due_ten_days_later_moved_past_the_holiday() {
        Hazard h = x.rectifying(HazardGrade.MAJOR);
        Hazard.Recheck r = new RecheckWithinDays(rules, deadlines).of(h, LocalDate.of(2026, 9, 25));
        // 09-25 + 10 = 10-05, a holiday: the first working day after it
        assertThat(r.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(r.rule().key()).isEqualTo("hazard.recheck-calendar-days.major");
        assertThat(r.rule().source()).contains("第二十三条");
    }

    @Test
    void a_general_hazard_reads_its_own_recheck_rule() {
        Hazard h = x.rectifying(HazardGrade.GENERAL);
        Hazard.Recheck r = new RecheckWithinDays(rules, deadlines).of(h, LocalDate.of(2026, 6, 1));
        assertThat(r.rule().key()).isEqualTo("hazard.recheck-calendar-days.general");
        assertThat(r.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 6, 11));
    }
}
