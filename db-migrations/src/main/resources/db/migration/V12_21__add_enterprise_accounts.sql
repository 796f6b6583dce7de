-- 企业账号 (000§(八) 企业自查自报自改): an account bound to one enterprise, opened by the department the enterprise is
-- assigned to. It holds the role ENTERPRISE and nothing else; a staff account never holds ENTERPRISE.
ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check
    CHECK (role IN ('INSPECTOR', 'SUPERVISOR', 'LEGAL_REVIEWER', 'ADMIN', 'ENTERPRISE'));

ALTER TABLE app_user ADD COLUMN enterprise_id bigint REFERENCES enterprise (id);
-- an enterprise account carries no enforcement certificate: it is not an inspector
ALTER TABLE app_user ADD CONSTRAINT app_user_enterprise_without_certificate_check
    CHECK (enterprise_id IS NULL OR (certificate_number IS NULL AND certificate_valid_from IS NULL
                                     AND certificate_valid_until IS NULL));
-- the accounts of an enterprise, for its page; most accounts are staff, so the index holds only enterprise accounts
CREATE INDEX app_user_enterprise_idx ON app_user (enterprise_id, id) WHERE enterprise_id IS NOT NULL;

-- The roles live in their own table, so "ENTERPRISE alone, and only with an enterprise" is checked by a constraint
-- trigger at commit, when the account and all its roles are written (Hibernate writes the roles after the account).
CREATE FUNCTION app_user_enterprise_roles_check() RETURNS trigger AS $$
DECLARE
    checked_id bigint;
    bound      bigint;
    others     int;
    as_ent     int;
BEGIN
    -- a row of app_user has no user_id, a row of app_user_role no id: each branch reads only its own table's field
    IF TG_TABLE_NAME = 'app_user' THEN
        checked_id := NEW.id;
    ELSE
        checked_id := NEW.user_id;
    END IF;
    SELECT u.enterprise_id INTO bound FROM app_user u WHERE u.id = checked_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT count(*) FILTER (WHERE r.role <> 'ENTERPRISE'), count(*) FILTER (WHERE r.role = 'ENTERPRISE')
      INTO others, as_ent
      FROM app_user_role r WHERE r.user_id = checked_id;
    IF bound IS NOT NULL AND others > 0 THEN
        RAISE EXCEPTION 'the account % of an enterprise holds the role ENTERPRISE alone', checked_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'app_user_enterprise_role_alone';
    END IF;
    IF bound IS NULL AND as_ent > 0 THEN
        RAISE EXCEPTION 'the account % holds the role ENTERPRISE without an enterprise', checked_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'app_user_enterprise_role_alone';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER app_user_enterprise_roles
    AFTER INSERT OR UPDATE OF enterprise_id ON app_user
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION app_user_enterprise_roles_check();

CREATE CONSTRAINT TRIGGER app_user_role_enterprise_roles
    AFTER INSERT OR UPDATE ON app_user_role
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION app_user_enterprise_roles_check();
