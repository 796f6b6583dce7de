-- The inspection list of a scope of many departments (a city supervisor: the city and its counties; the province
-- admin: every department of the province), newest first. PostgreSQL does not merge the ordered ranges of
-- inspection_department_started_idx for a list of departments: it read every inspection of the scope and sorted it.
-- This index gives the whole table newest first; the department is a key column so that the scope's
-- `department_id = ANY (...)` is checked inside the index (PostgreSQL 17 keeps the order with such a condition on a
-- later column) and only the rows in scope are read from the table. A wide scope stops after the page; one department
-- keeps inspection_department_started_idx. The keyset cursor `(started_at, id) < (?, ?)` and the from/to range start
-- the scan in either index.
CREATE INDEX inspection_started_idx ON inspection (started_at DESC, id DESC, department_id);
