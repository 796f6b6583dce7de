package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.calendar.WorkingCalendar;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hazards on the start page's to-do list: for staff, the deadlines running out within {@value #SOON_WORKING_DAYS}
 * working days (the enterprise's, and the department's re-checks); for a supervisor, the decisions waiting, its
 * 挂牌督办 queue and the major or overdue hazards of the departments below (what the department above follows); for an
 * enterprise's account, its own open hazards. Every list is scoped in SQL; the names of all the sections' hazards are
 * read together, and the working calendar once, for the whole list.
 */
@Service
@Transactional(readOnly = true)
public class HazardToDo {

    /** How far ahead the to-do list looks: three working days, counted on the working calendar. */
    public static final int SOON_WORKING_DAYS = 3;
    static final int LIMIT = 50;

    private final HazardQueues queues;
    private final ReadingHazards reading;
    private final ReadingSupervisionQueue supervision;
    private final JurisdictionPolicy policy;
    private final Deadlines deadlines;
    private final Clock clock;

    public HazardToDo(HazardQueues queues, ReadingHazards reading, ReadingSupervisionQueue supervision,
                      JurisdictionPolicy policy, Deadlines deadlines, Clock clock) {
        this.queues = queues;
        this.reading = reading;
        this.supervision = supervision;
        this.policy = policy;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A row of the to-do list: the hazard and its running deadline with the days left (null when none runs). */
    public record Item(ReadingHazards.Row row, RunningDeadline due) {
    }

    /**
     * The to-do list of a member of staff. {@code soonUntil}: the day up to which deadlines are listed,
     * {@value #SOON_WORKING_DAYS} working days from today; the supervisor's sections are empty for others.
     */
    public record StaffList(LocalDate soonUntil, List<Item> deadlines, List<Item> decisions, List<Item> supervised,
                            List<Item> followed) {
    }

    /**
     * The staff's to-do list: the deadlines (the enterprise's and the re-checks) in scope on or before
     * {@code soonUntil}; for a supervisor the extensions and grade lowerings waiting for a decision, its 挂牌督办 queue
     * and the major or overdue open hazards of the departments below. Each section soonest deadline first.
     */
    public StaffList ofStaff(Actor actor) {
        WorkingCalendar calendar = deadlines.calendar();
        LocalDate today = LocalDate.now(clock);
        LocalDate soonUntil = Deadlines.of(calendar, today, SOON_WORKING_DAYS, PeriodUnit.WORKING_DAYS).dueOn();
        if (actor.isEnterprise()) {
            return new StaffList(soonUntil, List.of(), List.of(), List.of(), List.of());
        }
        Scope scope = policy.scopeFor(actor);
        boolean supervisor = actor.has(Role.SUPERVISOR);
        List<Hazard> soon = queues.deadlinesBy(scope, soonUntil, LIMIT);
        List<Hazard> waiting = supervisor ? queues.awaitingDecision(scope, LIMIT) : List.of();
        List<Hazard> queue = supervisor ? supervision.pageFor(actor, null, LIMIT) : List.of();
        List<Hazard> below = supervisor ? queues.majorOrOverdueBelow(scope, actor.departmentId(), LIMIT) : List.of();
        Map<Long, ReadingHazards.Row> rows = rowsById(Stream.of(soon, waiting, queue, below).flatMap(List::stream));
        return new StaffList(soonUntil, items(soon, rows, calendar, today), items(waiting, rows, calendar, today),
                items(queue, rows, calendar, today), items(below, rows, calendar, today));
    }

    /** The open hazards and orders of the enterprise whose account reads them. */
    public List<Item> ofOwnEnterprise(Actor actor) {
        if (!actor.isEnterprise()) {
            return List.of();
        }
        return items(reading.rows(queues.openOfEnterprise(actor.enterpriseId(), LIMIT)));
    }

    /** The same items for rows of a list: the running deadline and the days left in its unit. */
    public List<Item> items(List<ReadingHazards.Row> rows) {
        WorkingCalendar calendar = deadlines.calendar();
        LocalDate today = LocalDate.now(clock);
        return sorted(rows.stream().map(r -> item(r, calendar, today)));
    }

    /** The deadline that runs on one hazard with the days left in its unit, for the hazard's page. */
    public Optional<RunningDeadline> runningDeadline(Hazard h) {
        return RunningDeadline.of(h.getStatus(), h.getDueOn(), h.getDueUnit(), h.getRecheckDueOn(),
                deadlines.calendar(), LocalDate.now(clock));
    }

    private Map<Long, ReadingHazards.Row> rowsById(Stream<Hazard> hazards) {
        Map<Long, Hazard> distinct = new LinkedHashMap<>();
        hazards.forEach(h -> distinct.putIfAbsent(h.getId(), h));
        Map<Long, ReadingHazards.Row> rows = new LinkedHashMap<>();
        reading.rows(List.copyOf(distinct.values())).forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    private static List<Item> items(List<Hazard> hazards, Map<Long, ReadingHazards.Row> rows,
                                    WorkingCalendar calendar, LocalDate today) {
        return sorted(hazards.stream().map(h -> item(rows.get(h.getId()), calendar, today)));
    }

    static Item item(ReadingHazards.Row r, WorkingCalendar calendar, LocalDate today) {
        return new Item(r, RunningDeadline.of(r.status(), r.dueOn(), r.dueUnit(), r.recheckDueOn(), calendar, today)
                .orElse(null));
    }

    private static List<Item> sorted(Stream<Item> items) {
        return items.sorted(Comparator.comparing((Item i) -> i.due() == null ? null : i.due().on(),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
