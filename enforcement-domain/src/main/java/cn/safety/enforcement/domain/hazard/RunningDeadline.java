package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The deadline that runs now on an open hazard, with the days left until it counted in the unit it was given in: the
 * enterprise's while under order (working days when the order counted working days, calendar days when a date was
 * given), or the department's re-check once reported (calendar days, as {@link RecheckWithinDays} sets it).
 * {@code daysLeft} is the days after today up to and including the deadline (0 on the day itself; negative, the days
 * passed); null for working days further than {@value #COUNT_MAX} days away, where the count says nothing useful.
 */
public record RunningDeadline(LocalDate on, boolean recheck, PeriodUnit unit, Long daysLeft) {

    static final int COUNT_MAX = 400;

    /** Whether the deadline has passed. */
    public boolean passed() {
        return daysLeft != null && daysLeft < 0;
    }

    /** The running deadline of a hazard in {@code status}, or empty when none runs (found, closed). */
    static Optional<RunningDeadline> of(HazardStatus status, LocalDate dueOn, PeriodUnit dueUnit,
                                        LocalDate recheckDueOn, WorkingCalendar calendar, LocalDate today) {
        if (status.awaitingRecheck()) {
            return Optional.ofNullable(recheckDueOn).map(d -> new RunningDeadline(d, true, PeriodUnit.CALENDAR_DAYS,
                    ChronoUnit.DAYS.between(today, d)));
        }
        if (status.underOrder() && dueOn != null) {
            PeriodUnit unit = dueUnit == null ? PeriodUnit.CALENDAR_DAYS : dueUnit;
            Long left = unit == PeriodUnit.WORKING_DAYS ? workingDaysLeft(calendar, today, dueOn)
                    : Long.valueOf(ChronoUnit.DAYS.between(today, dueOn));
            return Optional.of(new RunningDeadline(dueOn, false, unit, left));
        }
        return Optional.empty();
    }

    /**
     * Working days after today up to and including {@code deadline} (0 on the day itself; negative, the working days
     * passed); null beyond {@value #COUNT_MAX} days.
     */
    static Long workingDaysLeft(WorkingCalendar calendar, LocalDate today, LocalDate deadline) {
        if (Math.abs(deadline.toEpochDay() - today.toEpochDay()) > COUNT_MAX) {
            return null;
        }
        boolean ahead = !deadline.isBefore(today);
        LocalDate from = ahead ? today : deadline;
        LocalDate to = ahead ? deadline : today;
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.day(d).workingDay()) {
                n++;
            }
        }
        return ahead ? n : -n;
    }
}
