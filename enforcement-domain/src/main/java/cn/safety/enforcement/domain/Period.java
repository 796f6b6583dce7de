package cn.safety.enforcement.domain;

import java.time.LocalDate;

/**
 * Whole days from {@code from} to {@code until}, both included: the term of an entrustment (委托期限), the validity of an
 * enforcement certificate. Either end may be missing while a form is incomplete; such a period contains no day.
 */
public record Period(LocalDate from, LocalDate until) {

    /** Whether {@code day} lies within the period, its first and last day included. */
    public boolean contains(LocalDate day) {
        return from != null && until != null && !day.isBefore(from) && !day.isAfter(until);
    }

    /** Whether the last day has passed on {@code day}. */
    public boolean isOverOn(LocalDate day) {
        return until != null && day.isAfter(until);
    }

    /** Whether it ends before it begins: a typing error, never a period. */
    public boolean isReversed() {
        return from != null && until != null && until.isBefore(from);
    }
}
