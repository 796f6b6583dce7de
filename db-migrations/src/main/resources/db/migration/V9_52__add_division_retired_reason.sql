-- A division is retired (撤销) for a reason that its record keeps, e.g. the approval that withdrew the code; the admin
-- gives it on the confirmation page. Divisions retired before this change have none.
ALTER TABLE division ADD COLUMN retired_reason varchar(500);
ALTER TABLE division ADD CONSTRAINT division_retired_reason_only_when_retired
    CHECK (retired_reason IS NULL OR retired_on IS NOT NULL);
