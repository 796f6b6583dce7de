-- The start page's queues of hazards (the to-do list), each scoped by department first.
-- Decisions waiting: the lowering of a grade asked (extensions applied for use hazard_extension_pending_idx).
CREATE INDEX hazard_grade_change_idx ON hazard (department_id, id DESC)
    WHERE grade_change_to IS NOT NULL AND status <> 'CLOSED';
-- What the department above follows (挂牌督办 and the major or overdue hazards below it).
CREATE INDEX hazard_department_open_major_idx ON hazard (department_id, id DESC)
    WHERE status <> 'CLOSED' AND (grade = 'MAJOR' OR overdue);
