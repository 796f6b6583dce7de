-- The unit the running deadline of a hazard was given in, in which the pages count its days left: WORKING_DAYS when
-- the order counted working days on the calendar, CALENDAR_DAYS when a date was given (the order's date, an extension
-- granted, the new deadline of a failed re-check). Null before the order. The hazards ordered before this column
-- existed take it from how their deadline was recorded (due_source).
ALTER TABLE hazard ADD COLUMN due_unit varchar(16)
    CONSTRAINT hazard_due_unit_check CHECK (due_unit IN ('CALENDAR_DAYS', 'WORKING_DAYS'));

UPDATE hazard SET due_unit = CASE WHEN due_source LIKE '责令之日起%个工作日%' THEN 'WORKING_DAYS' ELSE 'CALENDAR_DAYS' END
WHERE due_on IS NOT NULL;
