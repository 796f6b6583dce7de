package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.OfficialArrangements;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.safety.enforcement.domain.hazard.HazardFixture.NOW;
import static cn.safety.enforcement.domain.hazard.HazardFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days left of a running deadline, counted in the unit the deadline was given in, across the national day holiday
 * of 2026 (10-01 … 10-07 rest, 09-20 and 10-10 worked).
 */
class RunningDeadlineTest {

    private static final LocalDate MONDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 28);
    /** Seven working days from 09-28: 09-29, 09-30, 10-08, 10-09, 10-10 (worked), 10-12, 10-13. */
    private static final LocalDate SEVEN_WORKING_DAYS_LATER = LocalDate.of(2026, 10, 13);

    private final WorkingCalendar calendar = new Deadlines(OfficialArrangements.entered2025And2026()).calendar();
    private final HazardFixture x = new HazardFixture();

    private RunningDeadline of(HazardStatus status, LocalDate due, PeriodUnit unit, LocalDate recheck, LocalDate today) {
        return RunningDeadline.of(status, due, unit, recheck, calendar, today).orElseThrow();
    }

    @Test
    void an_order_in_working_days_counts_the_working_days_left_across_the_holiday() {
        RunningDeadline d = of(HazardStatus.ORDERED, SEVEN_WORKING_DAYS_LATER, PeriodUnit.WORKING_DAYS, null,
                MONDAY_BEFORE_NATIONAL_DAY);
        assertThat(d.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(d.daysLeft()).isEqualTo(7);
        assertThat(d.recheck()).isFalse();
        assertThat(d.passed()).isFalse();
    }

    @Test
    void an_order_given_as_a_date_counts_the_calendar_days_left() {
        RunningDeadline d = of(HazardStatus.RECTIFYING, SEVEN_WORKING_DAYS_LATER, PeriodUnit.CALENDAR_DAYS, null,
                MONDAY_BEFORE_NATIONAL_DAY);
        assertThat(d.unit()).isEqualTo(PeriodUnit.CALENDAR_DAYS);
        assertThat(d.daysLeft()).isEqualTo(15);
    }

    @Test
    void a_deadline_passed_counts_the_days_passed_in_its_unit_as_a_negative_number() {
        LocalDate friday = LocalDate.of(2026, 10, 9);
        LocalDate monday = LocalDate.of(2026, 10, 12);
        // 10-10 a worked Saturday, 10-11 a Sunday at rest, 10-12 a Monday
        RunningDeadline working = of(HazardStatus.ORDERED, friday, PeriodUnit.WORKING_DAYS, null, monday);
        assertThat(working.daysLeft()).isEqualTo(-2);
        assertThat(working.passed()).isTrue();
        assertThat(of(HazardStatus.ORDERED, friday, PeriodUnit.CALENDAR_DAYS, null, monday).daysLeft()).isEqualTo(-3);
        assertThat(of(HazardStatus.ORDERED, monday, PeriodUnit.WORKING_DAYS, null, monday).daysLeft())
                .as("on the day itself").isZero();
    }

    @Test
    void the_recheck_runs_in_calendar_days_whatever_the_order_was_given_in() {
        LocalDate recheck = LocalDate.of(2026, 10, 8);
        RunningDeadline d = of(HazardStatus.REPORTED, SEVEN_WORKING_DAYS_LATER, PeriodUnit.WORKING_DAYS, recheck,
                MONDAY_BEFORE_NATIONAL_DAY);
        assertThat(d.on()).isEqualTo(recheck);
        assertThat(d.recheck()).isTrue();
        assertThat(d.unit()).isEqualTo(PeriodUnit.CALENDAR_DAYS);
        assertThat(d.daysLeft()).isEqualTo(10);
    }

    @Test
    void a_hazard_found_or_closed_runs_no_deadline_and_one_ordered_before_the_unit_was_kept_counts_calendar_days() {
        assertThat(RunningDeadline.of(HazardStatus.FOUND, null, null, null, calendar, MONDAY_BEFORE_NATIONAL_DAY))
                .isEmpty();
        assertThat(RunningDeadline.of(HazardStatus.CLOSED, SEVEN_WORKING_DAYS_LATER, PeriodUnit.WORKING_DAYS, null,
                calendar, MONDAY_BEFORE_NATIONAL_DAY)).isEmpty();
        assertThat(of(HazardStatus.ORDERED, SEVEN_WORKING_DAYS_LATER, null, null, MONDAY_BEFORE_NATIONAL_DAY).unit())
                .isEqualTo(PeriodUnit.CALENDAR_DAYS);
    }

    @Test
    void working_days_further_than_a_year_away_are_not_counted() {
        assertThat(of(HazardStatus.ORDERED, MONDAY_BEFORE_NATIONAL_DAY.plusDays(500), PeriodUnit.WORKING_DAYS, null,
                MONDAY_BEFORE_NATIONAL_DAY).daysLeft()).isNull();
    }

    @Test
    void the_order_keeps_the_unit_of_its_deadline_and_a_date_given_later_counts_in_calendar_days() {
        Hazard h = x.found(HazardGrade.GENERAL);
        LocalDate due = HazardFixture.DUE;
        h.order(h.prepareOrder("更换报警器", new Deadline(TODAY, 10, PeriodUnit.WORKING_DAYS, due, false),
                "责令之日起10个工作日", TODAY), 1, "正应急责改〔2026〕2号", "zd-inspector", NOW);
        assertThat(h.getDueUnit()).isEqualTo(PeriodUnit.WORKING_DAYS);

        h.applyForExtension("设备到货延迟", due.plusDays(20), TODAY, "zd-ent", NOW);
        h.decideExtension(true, due.plusDays(10), "同意", "zd-chief", NOW);
        assertThat(h.getDueUnit()).as("an extension grants a date").isEqualTo(PeriodUnit.CALENDAR_DAYS);

        Hazard rejected = x.reported(HazardGrade.GENERAL);
        assertThat(rejected.getDueUnit()).as("the fixture's order gives a date").isEqualTo(PeriodUnit.CALENDAR_DAYS);
        Hazard again = x.found(HazardGrade.GENERAL);
        again.order(again.prepareOrder("更换报警器", new Deadline(TODAY, 10, PeriodUnit.WORKING_DAYS, due, false),
                "责令之日起10个工作日", TODAY), 1, "正应急责改〔2026〕3号", "zd-inspector", NOW);
        again.plan(HazardFixture.plan(), "zd-ent", NOW);
        again.reportRectification("已更换", HazardFixture.PHOTO, HazardFixture.OWN, HazardFixture.RECHECK, "zd-ent",
                NOW);
        again.verify(again.prepareVerification(false, "未联锁", due.plusDays(7), TODAY), 2, "复查1", "zd-inspector",
                NOW);
        assertThat(again.getDueUnit()).as("the new deadline of a failed re-check is a date")
                .isEqualTo(PeriodUnit.CALENDAR_DAYS);
    }
}
