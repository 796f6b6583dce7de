package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.calendar.WorkingCalendar;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The hazards on the start page's to-do list: for staff, the deadlines running out within {@value #SOON_WORKING_DAYS}
 * working days (the enterprise's, and the department's re-checks); for a supervisor, the decisions waiting and the
 * major or overdue hazards of the departments below (what the department above follows); for an enterprise's
 * account, its own open hazards. Every list is scoped in SQL.
 */
@Service
@Transactional(readOnly = true)
public class HazardToDo {

    /** How far ahead the to-do list looks: three working days, counted on the working calendar. */
    public static final int SOON_WORKING_DAYS = 3;
    static final int LIMIT = 50;
    private static final int COUNT_AHEAD_MAX = 400;

    private final HazardQueues queues;
    private final ReadingHazards reading;
    private final JurisdictionPolicy policy;
    private final Deadlines deadlines;
    private final Clock clock;

    public HazardToDo(HazardQueues queues, ReadingHazards reading, JurisdictionPolicy policy, Deadlines deadlines,
                      Clock clock) {
        this.queues = queues;
        this.reading = reading;
        this.policy = policy;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A row of the to-do list: the hazard, its running deadline and the working days left until it. */
    public record Item(ReadingHazards.Row row, LocalDate deadline, boolean recheck, Long daysLeft,
                       Long workingDaysLeft) {
    }

    /** The day up to which deadlines are listed: {@value #SOON_WORKING_DAYS} working days from today. */
    public LocalDate soonUntil() {
        return deadlines.of(LocalDate.now(clock), SOON_WORKING_DAYS, PeriodUnit.WORKING_DAYS).dueOn();
    }

    /** Deadlines (the enterprise's and the re-checks) in scope on or before {@link #soonUntil()}, soonest first. */
    public List<Item> deadlinesSoon(Actor actor) {
        if (actor.isEnterprise()) {
            return List.of();
        }
        return items(reading.rows(queues.deadlinesBy(policy.scopeFor(actor), soonUntil(), LIMIT)));
    }

    /** Extensions and grade lowerings waiting for a supervisor's decision in scope. */
    public List<Item> decisions(Actor actor) {
        if (actor.isEnterprise() || !actor.has(Role.SUPERVISOR)) {
            return List.of();
        }
        return items(reading.rows(queues.awaitingDecision(policy.scopeFor(actor), LIMIT)));
    }

    /** Major or overdue open hazards of the departments below the supervisor's. */
    public List<Item> followedBelow(Actor actor) {
        if (actor.isEnterprise() || !actor.has(Role.SUPERVISOR)) {
            return List.of();
        }
        return items(reading.rows(queues.majorOrOverdueBelow(policy.scopeFor(actor), actor.departmentId(), LIMIT)));
    }

    /** The open hazards and orders of the enterprise whose account reads them. */
    public List<Item> ofOwnEnterprise(Actor actor) {
        if (!actor.isEnterprise()) {
            return List.of();
        }
        return items(reading.rows(queues.openOfEnterprise(actor.enterpriseId(), LIMIT)));
    }

    /** The same items for rows of a list: the running deadline and the working days left. */
    public List<Item> items(List<ReadingHazards.Row> rows) {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar calendar = deadlines.calendar();
        return rows.stream().map(r -> {
                    boolean recheck = r.status().awaitingRecheck();
                    LocalDate deadline = recheck ? r.recheckDueOn() : r.status().underOrder() ? r.dueOn() : null;
                    return new Item(r, deadline, recheck, deadline == null ? null
                            : java.time.temporal.ChronoUnit.DAYS.between(today, deadline),
                            workingDaysLeft(calendar, today, deadline));
                })
                .sorted(Comparator.comparing(Item::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Working days from today until {@code deadline} (see below). */
    public Long workingDaysLeft(LocalDate deadline) {
        return workingDaysLeft(deadlines.calendar(), LocalDate.now(clock), deadline);
    }

    /**
     * Working days after today up to and including {@code deadline} (0 on the day itself; negative, the working days
     * passed); null without a deadline or beyond what is worth counting.
     */
    static Long workingDaysLeft(WorkingCalendar calendar, LocalDate today, LocalDate deadline) {
        if (deadline == null || Math.abs(deadline.toEpochDay() - today.toEpochDay()) > COUNT_AHEAD_MAX) {
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
