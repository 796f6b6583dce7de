package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Unscoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Port: the deadlines that pass, moved set-based (one statement each over every hazard, never one row at a time) by
 * the overdue job.
 */
public interface HazardDeadlines {

    /** The hazards of one department that one statement marked. */
    record Marked(long departmentId, List<Long> hazardIds) {
    }

    /**
     * 逾期: every hazard under an order (ORDERED, RECTIFYING) whose deadline {@code due_on} lies before {@code today}
     * and that is not yet marked becomes overdue, 逾期未整改, and escalated (the first time, at {@code now}); its
     * version moves. The inspectors who found or ordered it and its department's supervisors are notified
     * (HAZARD_OVERDUE), and the supervisors of the department one level up (HAZARD_ESCALATED), in the same statement.
     */
    List<Marked> markOverdue(LocalDate today, Instant now);

    /**
     * The department's re-check deadline {@code recheck_due_on} passed on a reported hazard not yet marked for that
     * deadline: marked, the inspectors and the department's supervisors notified (RECHECK_OVERDUE).
     */
    List<Marked> markRechecksOverdue(LocalDate today, Instant now);

    /** A deadline an order gave as {@code workingDays} working days from {@code countedFrom}, as stored. */
    record Period(long hazardId, long departmentId, LocalDate countedFrom, int workingDays, LocalDate dueOn,
                  boolean provisional) {
    }

    /** A deadline counted again: the new last day and whether it is still provisional. */
    record Recounted(long hazardId, LocalDate dueOn, boolean provisional) {
    }

    /**
     * The deadlines of open hazards that an order gave in working days and whose period reaches into {@code year}
     * (counted from a day before its end, ending on or after its first day), read by the index on {@code due_on}.
     */
    @Unscoped("the working calendar is national: every deadline counted on its year is counted again, whoever reads it")
    List<Period> periodsReachingInto(int year);

    /** Stores the deadlines counted again, in batches, moving each hazard's version. */
    void recount(List<Recounted> recounted);
}
