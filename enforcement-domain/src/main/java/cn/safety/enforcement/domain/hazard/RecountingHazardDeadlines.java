package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.calendar.ProvisionalDeadlines;
import cn.safety.enforcement.domain.calendar.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hazards' part of R16's recount: when the arrangement of a year is entered (or replaced), every order given in
 * working days whose period reaches into that year is counted again on the calendar as it now stands, in the entering
 * transaction: its last day moves to the one the arrangement gives, and it is provisional only while another year it
 * depends on is still not entered. The candidates are read by the index on {@code due_on}, the changes written in
 * batches; one record entry per department lists the hazards and their old and new last days.
 */
@Component
class RecountingHazardDeadlines implements ProvisionalDeadlines {

    private final HazardDeadlines hazardDeadlines;
    private final ApplicationEventPublisher events;

    RecountingHazardDeadlines(HazardDeadlines hazardDeadlines, ApplicationEventPublisher events) {
        this.hazardDeadlines = hazardDeadlines;
        this.events = events;
    }

    @Override
    public int recomputeFor(int year, Deadlines deadlines) {
        WorkingCalendar calendar = deadlines.calendar();
        List<HazardDeadlines.Recounted> recounted = new ArrayList<>();
        Map<Long, List<HazardDeadlines.Period>> byDepartment = new TreeMap<>();
        Map<Long, Deadline> counted = new TreeMap<>();
        for (HazardDeadlines.Period p : hazardDeadlines.periodsReachingInto(year)) {
            Deadline d = Deadlines.of(calendar, p.countedFrom(), p.workingDays(), PeriodUnit.WORKING_DAYS);
            if (d.dueOn().equals(p.dueOn()) && d.provisional() == p.provisional()) {
                continue;
            }
            recounted.add(new HazardDeadlines.Recounted(p.hazardId(), d.dueOn(), d.provisional()));
            byDepartment.computeIfAbsent(p.departmentId(), k -> new ArrayList<>()).add(p);
            counted.put(p.hazardId(), d);
        }
        if (recounted.isEmpty()) {
            return 0;
        }
        hazardDeadlines.recount(recounted);
        byDepartment.forEach((department, periods) -> events.publishEvent(new HazardDeadlinesRecounted(department,
                year, periods.size(), periods.stream().map(HazardDeadlines.Period::hazardId).toList(),
                periods.stream().map(p -> p.hazardId() + ": " + p.dueOn() + " → " + counted.get(p.hazardId()).dueOn()
                        + (counted.get(p.hazardId()).provisional() ? "（暂定）" : "")).toList())));
        return recounted.size();
    }
}
