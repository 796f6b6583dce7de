package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * A province-level admin enters the arrangement of a year from the State Council's notice, or replaces one entered
 * before (explicitly, with a reason). The one event it publishes ({@link CalendarYearEntered} or
 * {@link CalendarYearReplaced}) is recorded, and the deadlines depending on the year are recomputed from it.
 */
@Service
@Transactional
public class EnteringCalendarYear {

    private final CalendarYears years;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public EnteringCalendarYear(CalendarYears years, Clock clock, ApplicationEventPublisher events) {
        this.years = years;
        this.clock = clock;
        this.events = events;
    }

    public CalendarYear enter(Actor actor, CalendarEntry entry) {
        CalendarEntryPolicy.requireMayEnter(actor);
        Optional<CalendarYear> existing = years.findById(entry.year());
        if (existing.isEmpty()) {
            CalendarYear saved = years.save(CalendarYear.enter(entry.year(), entry.notice(), entry.ranges(),
                    actor.username(), clock.instant()));
            events.publishEvent(new CalendarYearEntered(saved.snapshot(), actor.departmentId()));
            return saved;
        }
        CalendarYear year = existing.get();
        if (entry.replacing() == null) {
            throw new RuleViolation("year", "calendar.year.alreadyEntered", String.valueOf(entry.year()),
                    year.getNotice());
        }
        StaleVersion.check("CalendarYear", entry.year(), entry.replacing().seenVersion(), year.getVersion());
        CalendarYearReplaced replaced = year.replace(entry.notice(), entry.ranges(), entry.replacing().reason(),
                actor.username(), actor.departmentId(), clock.instant());
        CalendarYear saved = years.save(year);
        events.publishEvent(replaced);
        return saved;
    }
}
