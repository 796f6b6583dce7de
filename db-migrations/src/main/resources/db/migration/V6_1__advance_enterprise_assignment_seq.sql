-- The data generator once wrote assignment ids without taking them from enterprise_assignment_seq, so a database it
-- filled holds assignment ids the sequence will still issue: imports and registrations then collide with them.
-- Move the sequence past the highest id where that happened; elsewhere this changes nothing.
SELECT setval('enterprise_assignment_seq', (SELECT max(id) FROM enterprise_assignment))
WHERE (SELECT max(id) FROM enterprise_assignment) > (SELECT last_value FROM enterprise_assignment_seq);
