package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A province-level admin enters the arrangement of a year from the State Council's notice, or replaces one entered
 * before (explicitly, with a reason). The change is recorded and the provisional deadlines recomputed through
 * {@link CalendarYearEntered}.
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
        CalendarYear year;
        Map<String, Object> before = null;
        if (existing.isEmpty()) {
            year = CalendarYear.enter(entry.year(), entry.notice(), entry.ranges(), actor.username(), clock.instant());
        } else if (entry.replacing() == null) {
            throw new RuleViolation("year", "calendar.year.alreadyEntered", String.valueOf(entry.year()),
                    existing.get().getNotice());
        } else {
            year = existing.get();
            StaleVersion.check("CalendarYear", entry.year(), entry.replacing().seenVersion(), year.getVersion());
            before = year.snapshot();
            year.replace(entry.notice(), entry.ranges(), entry.replacing().reason(), actor.username(),
                    clock.instant());
        }
        CalendarYear saved = years.save(year);
        events.publishEvent(new CalendarYearEntered(saved.getYear(), actor.audit(), before, saved.snapshot()));
        return saved;
    }
}
