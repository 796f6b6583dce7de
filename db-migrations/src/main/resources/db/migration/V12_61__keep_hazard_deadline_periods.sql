-- The period of an order given in working days (责令之日起N个工作日, R16), kept with the deadline it gave: the working
-- days and the day they are counted from (the day of the order), so that the deadline is counted again when the
-- arrangement of a year it reaches into is entered or replaced (ProvisionalDeadlines), and loses its provisional mark.
-- Null for a deadline that is a date: one the order named, an extension granted, or the one a rejected re-check set.
ALTER TABLE hazard
    ADD COLUMN due_working_days integer CHECK (due_working_days BETWEEN 1 AND 3660),
    ADD COLUMN due_counted_from date,
    ADD CONSTRAINT hazard_due_period_whole CHECK ((due_working_days IS NULL) = (due_counted_from IS NULL));

-- the orders already given in working days, read back from the words they recorded, counted from the day of the order
-- in the departments' time zone
UPDATE hazard
SET due_working_days = CAST(substring(due_source FROM '^责令之日起([0-9]+)个工作日') AS integer),
    due_counted_from = CAST(ordered_at AT TIME ZONE 'Asia/Shanghai' AS date)
WHERE due_source ~ '^责令之日起[0-9]+个工作日' AND ordered_at IS NOT NULL;

-- the deadlines counted again when a year is entered: those of open hazards still under a period, by due_on
CREATE INDEX hazard_due_period_idx ON hazard (due_on) WHERE due_working_days IS NOT NULL AND status <> 'CLOSED';
