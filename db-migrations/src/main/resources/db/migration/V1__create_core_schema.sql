-- Core schema: divisions, departments, users, enterprises with their jurisdiction history, rule parameters,
-- the hash-chained audit log, login throttling and JDBC-backed HTTP sessions.
-- The registry tables (division, department, enterprise) carry province_code, the key a national deployment would
-- partition or distribute by; the tables hanging off an enterprise follow it through enterprise_id.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE division (
    code          varchar(6)  PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name          varchar(64) NOT NULL,
    level         varchar(16) NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code   varchar(6)  REFERENCES division (code),
    province_code varchar(6)  NOT NULL,
    city_code     varchar(6),
    retired_on    date,
    version       bigint      NOT NULL DEFAULT 0,
    CHECK ((level = 'PROVINCE') = (parent_code IS NULL))
);
CREATE INDEX division_parent_idx ON division (parent_code, code);
CREATE INDEX division_province_idx ON division (province_code);
CREATE INDEX division_city_idx ON division (city_code);
CREATE INDEX division_name_trgm_idx ON division USING gin (name gin_trgm_ops);

CREATE SEQUENCE department_seq INCREMENT BY 50;
CREATE TABLE department (
    id            bigint       PRIMARY KEY,
    name          varchar(100) NOT NULL,
    division_code varchar(6)   NOT NULL REFERENCES division (code),
    city_code     varchar(6),
    province_code varchar(6)   NOT NULL,
    level         varchar(16)  NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    created_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    UNIQUE (division_code, name)
);
CREATE INDEX department_division_idx ON department (division_code);
CREATE INDEX department_city_idx ON department (city_code);
CREATE INDEX department_province_idx ON department (province_code);

CREATE SEQUENCE app_user_seq INCREMENT BY 50;
CREATE TABLE app_user (
    id                      bigint       PRIMARY KEY,
    username                varchar(64)  NOT NULL UNIQUE,
    full_name               varchar(64)  NOT NULL,
    password_hash           varchar(200) NOT NULL,
    department_id           bigint       NOT NULL REFERENCES department (id),
    certificate_number      varchar(64),
    certificate_valid_from  date,
    certificate_valid_until date,
    enabled                 boolean      NOT NULL DEFAULT true,
    password_changed_at     timestamptz  NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0,
    CHECK (certificate_valid_until IS NULL OR certificate_valid_from IS NULL
           OR certificate_valid_until >= certificate_valid_from)
);
CREATE INDEX app_user_department_idx ON app_user (department_id, id);

CREATE TABLE app_user_role (
    user_id bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    varchar(16) NOT NULL CHECK (role IN ('INSPECTOR', 'SUPERVISOR', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE login_attempt (
    username     varchar(64) PRIMARY KEY,
    failures     int         NOT NULL DEFAULT 0,
    last_failure timestamptz,
    locked_until timestamptz
);

CREATE SEQUENCE enterprise_seq INCREMENT BY 50;
CREATE TABLE enterprise (
    id                      bigint       PRIMARY KEY,
    credit_code             varchar(18)  NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    name                    varchar(200) NOT NULL,
    address                 varchar(300) NOT NULL,
    division_code           varchar(6)   NOT NULL REFERENCES division (code),
    city_code               varchar(6),
    province_code           varchar(6)   NOT NULL,
    sector                  varchar(32)  NOT NULL CHECK (sector IN ('MINING', 'HAZARDOUS_CHEMICALS', 'FIREWORKS',
        'METALLURGY', 'COMBUSTIBLE_DUST', 'AMMONIA_REFRIGERATION', 'CONFINED_SPACE', 'INDUSTRY_TRADE',
        'CONSTRUCTION', 'TRANSPORT', 'GAS', 'SPECIAL_EQUIPMENT', 'OTHER')),
    employees               int          NOT NULL CHECK (employees >= 0),
    scale                   varchar(16)  CHECK (scale IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    legal_representative    varchar(64),
    main_responsible_person varchar(64),
    safety_organization     boolean      NOT NULL DEFAULT false,
    full_time_safety_staff  int          NOT NULL DEFAULT 0 CHECK (full_time_safety_staff >= 0),
    part_time_safety_staff  int          NOT NULL DEFAULT 0 CHECK (part_time_safety_staff >= 0),
    standardization_grade   varchar(16)  NOT NULL CHECK (standardization_grade IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'NONE')),
    risk_grade              varchar(8)   NOT NULL CHECK (risk_grade IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    major_hazard_sources    int          NOT NULL DEFAULT 0 CHECK (major_hazard_sources >= 0),
    status                  varchar(16)  NOT NULL CHECK (status IN ('OPERATING', 'SUSPENDED', 'RENOVATING', 'CLOSED')),
    department_id           bigint       NOT NULL REFERENCES department (id),
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0
);
-- Lists are keyset-paginated newest first (id DESC) within the caller's departments, with optional filters.
CREATE INDEX enterprise_department_idx ON enterprise (department_id, id);
CREATE INDEX enterprise_division_idx ON enterprise (division_code, id);
CREATE INDEX enterprise_city_idx ON enterprise (city_code, id);
CREATE INDEX enterprise_province_idx ON enterprise (province_code, id);
CREATE INDEX enterprise_sector_idx ON enterprise (sector, id);
CREATE INDEX enterprise_risk_idx ON enterprise (risk_grade, id);

-- The start page counts enterprises per risk grade within the caller's departments. Counting a province's million
-- rows on every visit is slow, so a trigger keeps the count per department and grade as rows come, go and move.
CREATE TABLE enterprise_risk_count (
    department_id bigint     NOT NULL REFERENCES department (id),
    risk_grade    varchar(8) NOT NULL CHECK (risk_grade IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    enterprises   bigint     NOT NULL CHECK (enterprises >= 0),
    PRIMARY KEY (department_id, risk_grade)
);

CREATE FUNCTION enterprise_risk_count_keep() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- a bulk load (the data generator) sets this and recounts once at the end instead of row by row
    IF current_setting('enforcement.bulk_load', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE enterprise_risk_count SET enterprises = enterprises - 1
        WHERE department_id = OLD.department_id AND risk_grade = OLD.risk_grade;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO enterprise_risk_count (department_id, risk_grade, enterprises)
        VALUES (NEW.department_id, NEW.risk_grade, 1)
        ON CONFLICT (department_id, risk_grade) DO UPDATE SET enterprises = enterprise_risk_count.enterprises + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER enterprise_risk_count_insert_delete AFTER INSERT OR DELETE ON enterprise
    FOR EACH ROW EXECUTE FUNCTION enterprise_risk_count_keep();
CREATE TRIGGER enterprise_risk_count_move AFTER UPDATE OF department_id, risk_grade ON enterprise
    FOR EACH ROW WHEN (OLD.department_id IS DISTINCT FROM NEW.department_id OR OLD.risk_grade IS DISTINCT FROM NEW.risk_grade)
    EXECUTE FUNCTION enterprise_risk_count_keep();
CREATE INDEX enterprise_name_trgm_idx ON enterprise USING gin (name gin_trgm_ops);

CREATE SEQUENCE enterprise_assignment_seq INCREMENT BY 50;
CREATE TABLE enterprise_assignment (
    id                 bigint       PRIMARY KEY,
    enterprise_id      bigint       NOT NULL REFERENCES enterprise (id),
    from_department_id bigint       REFERENCES department (id),
    to_department_id   bigint       NOT NULL REFERENCES department (id),
    kind               varchar(16)  NOT NULL CHECK (kind IN ('INITIAL', 'REASSIGNED', 'TAKEN_OVER')),
    reason             varchar(500),
    assigned_by        varchar(64)  NOT NULL,
    assigned_at        timestamptz  NOT NULL,
    CHECK (kind = 'INITIAL' OR (reason IS NOT NULL AND length(btrim(reason)) > 0))
);
CREATE INDEX enterprise_assignment_enterprise_idx ON enterprise_assignment (enterprise_id, assigned_at);
CREATE INDEX enterprise_assignment_from_idx ON enterprise_assignment (from_department_id);
CREATE INDEX enterprise_assignment_to_idx ON enterprise_assignment (to_department_id);

-- Law as data: each legal number with its effective date, nationally (province_code NULL) or per province.
CREATE TABLE rule_parameter (
    key            varchar(100)  NOT NULL,
    province_code  varchar(6),
    effective_from date          NOT NULL,
    value          numeric(18,4) NOT NULL,
    source         varchar(300)  NOT NULL,
    UNIQUE NULLS NOT DISTINCT (key, province_code, effective_from)
);
INSERT INTO rule_parameter (key, province_code, effective_from, value, source) VALUES
    ('safety-staffing.employee-threshold', NULL, DATE '2014-12-01', 100,
     '《安全生产法》第二十四条（2021年修正）；某市实施意见第3条：从业人员超过100人的，应当设置安全生产管理机构或者配备专职安全生产管理人员');

-- The full-process record (全过程记录). Append only: the triggers below refuse UPDATE, DELETE and TRUNCATE.
-- Each row's hash covers its content and the hash of the row before it, so an edited or removed row is detectable.
CREATE SEQUENCE audit_entry_seq;
CREATE TABLE audit_entry (
    id             bigint       PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    username       varchar(64)  NOT NULL,
    department_id  bigint,
    aggregate_type varchar(64)  NOT NULL,
    aggregate_id   varchar(64)  NOT NULL,
    action         varchar(64)  NOT NULL,
    before_state   jsonb,
    after_state    jsonb,
    prev_hash      char(64)     NOT NULL,
    hash           char(64)     NOT NULL
);
CREATE INDEX audit_entry_aggregate_idx ON audit_entry (aggregate_type, aggregate_id, id);

CREATE FUNCTION audit_entry_digest(prev_hash text, id bigint, occurred_at timestamptz, username text,
                                   department_id bigint, aggregate_type text, aggregate_id text, action text,
                                   before_state jsonb, after_state jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE AS
$$
SELECT encode(sha256(convert_to(concat_ws(E'\x1f', prev_hash, id::text,
        to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), username,
        coalesce(department_id::text, ''), aggregate_type, aggregate_id, action,
        coalesce(before_state::text, ''), coalesce(after_state::text, '')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_entry_chain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    previous text;
BEGIN
    -- One writer at a time extends the chain; the id is taken under the lock so that id order is chain order.
    PERFORM pg_advisory_xact_lock(7262514, 1);
    SELECT a.hash INTO previous FROM audit_entry a ORDER BY a.id DESC LIMIT 1;
    NEW.id := nextval('audit_entry_seq');
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.hash := audit_entry_digest(NEW.prev_hash, NEW.id, NEW.occurred_at, NEW.username, NEW.department_id,
                                   NEW.aggregate_type, NEW.aggregate_id, NEW.action, NEW.before_state,
                                   NEW.after_state);
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_chain();
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

-- HTTP sessions live in the database so that any node behind a load balancer can serve any request.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL PRIMARY KEY,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

CREATE INDEX audit_entry_department_idx ON audit_entry (department_id, id);

-- Scheduled jobs run once per cluster: each takes its lock row here (ShedLock) before it runs.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
