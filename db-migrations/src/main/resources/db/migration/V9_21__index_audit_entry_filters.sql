-- The filters of the record's page, each within the departments of the reader's scope and read newest first by id:
-- by user, by type of object, by object, and by day.
CREATE INDEX audit_entry_username_idx ON audit_entry (username, department_id, id);
CREATE INDEX audit_entry_type_department_idx ON audit_entry (aggregate_type, department_id, id);
CREATE INDEX audit_entry_object_idx ON audit_entry (aggregate_id, id);
CREATE INDEX audit_entry_department_time_idx ON audit_entry (department_id, occurred_at);
