package cn.safety.enforcement.domain.calendar;

/**
 * Port for every feature that keeps deadlines (hazards, rectification orders, cases): recompute, with the deadline
 * service, each deadline whose period reaches into {@code year} and was counted without the arrangement now entered
 * (after a first entry: the ones marked provisional; after a replacement: every one reaching into that year), and
 * store the new {@code due_on} and flag. Called in the transaction that enters the year; an implementation works set by set
 * (select the provisional rows of that year by the index on {@code due_on}), not one aggregate at a time.
 */
public interface ProvisionalDeadlines {

    /** @return how many deadlines were recomputed */
    int recomputeFor(int year, Deadlines deadlines);
}
