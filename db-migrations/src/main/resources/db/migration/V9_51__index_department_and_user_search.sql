-- The departments and users admin pages search by a part of the name (and of the username) and page by keyset:
-- departments by (division code, id), users by id within their departments (app_user_department_idx).
-- Trigram indexes serve terms of three characters or more; shorter terms are read within the admin's departments,
-- which the (division_code, id) and (department_id, id) indexes already narrow.
CREATE INDEX department_division_id_idx ON department (division_code, id);
CREATE INDEX department_name_lower_trgm_idx ON department USING gin (lower(name) gin_trgm_ops);
CREATE INDEX app_user_username_lower_trgm_idx ON app_user USING gin (lower(username) gin_trgm_ops);
CREATE INDEX app_user_full_name_lower_trgm_idx ON app_user USING gin (lower(full_name) gin_trgm_ops);
