-- One open inspection (waiting for approval or in progress) of an enterprise per department at a time: a second start
-- made at the same moment (a double click, two phones) meets this key and is told that one is already open.
CREATE UNIQUE INDEX inspection_one_open_key ON inspection (department_id, enterprise_id)
    WHERE status IN ('AWAITING_APPROVAL', 'IN_PROGRESS');

-- R12: an inspection is made by at least two inspectors holding an enforcement certificate.
INSERT INTO rule_parameter (key, province_code, effective_from, value, source) VALUES
    ('inspection.min-inspectors', NULL, DATE '2021-07-15', 2,
     '《行政处罚法》（2021年修订）第四十二条：行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于两人');
