-- The overdue job's candidates, each found through an index whose key is the deadline while the hazard is a candidate
-- (NULL otherwise). The partial indexes of V12_41 hold the right rows, but the planner estimated how many deadlines
-- had passed from the statistics of the whole column, closed hazards included: over 5,000,000 hazards it expected
-- 17 % of the table where 0.2 % matched, and read the whole table once per run. ANALYZE keeps statistics of an index
-- expression; on these expressions they describe the candidates alone, so the estimate is the number of deadlines
-- that passed since the last run. The statements in JdbcHazardDeadlines use the same expressions word for word.
CREATE INDEX hazard_overdue_due_idx ON hazard
    ((CASE WHEN status IN ('ORDERED', 'RECTIFYING') AND NOT overdue THEN due_on END))
    WHERE status IN ('ORDERED', 'RECTIFYING') AND NOT overdue;

-- the re-checks not yet marked for their present deadline; a marked one leaves the index (V12_41's keeps every
-- reported hazard, so each run walked past all the re-checks already marked)
CREATE INDEX hazard_recheck_unmarked_due_idx ON hazard
    ((CASE WHEN recheck_overdue_on IS DISTINCT FROM recheck_due_on THEN recheck_due_on END))
    WHERE status IN ('REPORTED', 'ACCEPTANCE_REPORTED') AND recheck_overdue_on IS DISTINCT FROM recheck_due_on;

-- replaced by the first of the two above (nothing else reads it); hazard_recheck_candidate_idx stays for the
-- departments' lists of re-checks due
DROP INDEX hazard_overdue_candidate_idx;
ANALYZE hazard;
