-- 回避: an inspector's link to an enterprise, declared by the inspector or recorded by a supervisor or admin of the
-- inspector's department. The reason stays inside the department; a draw publishes only the pair
-- (certificate number, credit code).
CREATE SEQUENCE recusal_seq INCREMENT BY 50;
CREATE TABLE recusal (
    id                bigint       PRIMARY KEY,
    department_id     bigint       NOT NULL REFERENCES department (id),
    division_code     varchar(6)   NOT NULL REFERENCES division (code),
    city_code         varchar(6),
    province_code     varchar(6)   NOT NULL,
    user_id           bigint       NOT NULL REFERENCES app_user (id),
    enterprise_id     bigint       NOT NULL REFERENCES enterprise (id),
    reason            varchar(500) NOT NULL CHECK (length(btrim(reason)) > 0),
    declared_by       varchar(64)  NOT NULL,
    declared_at       timestamptz  NOT NULL,
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(64),
    withdrawal_reason varchar(500),
    version           bigint       NOT NULL DEFAULT 0,
    CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);
-- one recusal in force per inspector and enterprise
CREATE UNIQUE INDEX recusal_in_force_idx ON recusal (user_id, enterprise_id) WHERE withdrawn_at IS NULL;
CREATE INDEX recusal_department_idx ON recusal (department_id, id);

-- 双随机、一公开 (R3): a draw of a plan's spot-check pool by the published algorithm SHA256-FY-1. Created frozen:
-- everything published at the freeze (the draw's own columns below, its candidates, roster and recusals) never changes
-- afterwards; the seed is entered once, after the freeze, and its result stored with it. The triggers below refuse
-- anything else, whoever asks. plan_id gets its reference to the plan table in a later migration.
CREATE SEQUENCE draw_seq;
CREATE TABLE draw (
    id                bigint       PRIMARY KEY,
    plan_id           bigint       NOT NULL,
    department_id     bigint       NOT NULL REFERENCES department (id),
    division_code     varchar(6)   NOT NULL REFERENCES division (code),
    city_code         varchar(6),
    province_code     varchar(6)   NOT NULL,
    plan_year         integer      NOT NULL CHECK (plan_year BETWEEN 2000 AND 2200),
    algorithm         varchar(32)  NOT NULL CHECK (algorithm = 'SHA256-FY-1'),
    ratio             numeric(7, 6) NOT NULL CHECK (ratio > 0 AND ratio <= 1),
    candidate_count   integer      NOT NULL CHECK (candidate_count >= 0),
    selected_count    integer      NOT NULL CHECK (selected_count >= 0 AND selected_count <= candidate_count),
    candidates_sha256 varchar(64)  NOT NULL CHECK (candidates_sha256 ~ '^[0-9a-f]{64}$'),
    roster_size       integer      NOT NULL CHECK (roster_size >= 0),
    recusal_count     integer      NOT NULL CHECK (recusal_count >= 0),
    seed_source       varchar(500) NOT NULL CHECK (length(btrim(seed_source)) > 0),
    frozen_at         timestamptz  NOT NULL,
    frozen_by         varchar(64)  NOT NULL,
    seed              varchar(500),
    seeded_at         timestamptz,
    seeded_by         varchar(64),
    shortfall_count   integer,
    version           bigint       NOT NULL DEFAULT 0,
    CHECK ((seed IS NULL) = (seeded_at IS NULL) AND (seed IS NULL) = (seeded_by IS NULL)
           AND (seed IS NULL) = (shortfall_count IS NULL)),
    CHECK (seeded_at IS NULL OR seeded_at >= frozen_at)
);
CREATE INDEX draw_plan_idx ON draw (plan_id);
CREATE INDEX draw_division_idx ON draw (division_code, id);
CREATE INDEX draw_city_idx ON draw (city_code, id);
CREATE INDEX draw_province_idx ON draw (province_code, id);

-- The candidates in ascending order of credit code (ordinal from 0). Enterprises are never deleted, so the enterprise
-- is kept without a reference check, which would cost a lookup per row on a pool of a million.
CREATE TABLE draw_candidate (
    draw_id       bigint      NOT NULL REFERENCES draw (id),
    ordinal       integer     NOT NULL CHECK (ordinal >= 0),
    credit_code   varchar(18) NOT NULL,
    enterprise_id bigint      NOT NULL,
    PRIMARY KEY (draw_id, ordinal),
    UNIQUE (draw_id, credit_code)
);

CREATE TABLE draw_roster (
    draw_id            bigint      NOT NULL REFERENCES draw (id),
    ordinal            integer     NOT NULL CHECK (ordinal >= 0),
    certificate_number varchar(64) NOT NULL,
    PRIMARY KEY (draw_id, ordinal),
    UNIQUE (draw_id, certificate_number)
);

CREATE TABLE draw_recusal (
    draw_id            bigint      NOT NULL REFERENCES draw (id),
    ordinal            integer     NOT NULL CHECK (ordinal >= 0),
    certificate_number varchar(64) NOT NULL,
    credit_code        varchar(18) NOT NULL,
    PRIMARY KEY (draw_id, ordinal),
    FOREIGN KEY (draw_id, certificate_number) REFERENCES draw_roster (draw_id, certificate_number),
    FOREIGN KEY (draw_id, credit_code) REFERENCES draw_candidate (draw_id, credit_code)
);

-- The result: the selected enterprises in drawn order, each with its two inspectors in the order drawn, or none and
-- the shortfall mark when fewer than two roster members were free of a recusal for it.
CREATE TABLE draw_selection (
    draw_id     bigint      NOT NULL REFERENCES draw (id),
    ordinal     integer     NOT NULL CHECK (ordinal >= 0),
    credit_code varchar(18) NOT NULL,
    inspector_1 varchar(64),
    inspector_2 varchar(64),
    shortfall   boolean     NOT NULL,
    PRIMARY KEY (draw_id, ordinal),
    FOREIGN KEY (draw_id, credit_code) REFERENCES draw_candidate (draw_id, credit_code),
    CHECK (shortfall = (inspector_1 IS NULL) AND (inspector_1 IS NULL) = (inspector_2 IS NULL)),
    CHECK (inspector_1 IS DISTINCT FROM inspector_2 OR inspector_1 IS NULL)
);

-- Nothing frozen changes: the lists are never updated, deleted or truncated.
CREATE FUNCTION draw_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a draw''s published lists never change (%: %)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER draw_candidate_frozen BEFORE UPDATE OR DELETE OR TRUNCATE ON draw_candidate
    FOR EACH STATEMENT EXECUTE FUNCTION draw_refuse_change();
CREATE TRIGGER draw_roster_frozen BEFORE UPDATE OR DELETE OR TRUNCATE ON draw_roster
    FOR EACH STATEMENT EXECUTE FUNCTION draw_refuse_change();
CREATE TRIGGER draw_recusal_frozen BEFORE UPDATE OR DELETE OR TRUNCATE ON draw_recusal
    FOR EACH STATEMENT EXECUTE FUNCTION draw_refuse_change();
CREATE TRIGGER draw_selection_frozen BEFORE UPDATE OR DELETE OR TRUNCATE ON draw_selection
    FOR EACH STATEMENT EXECUTE FUNCTION draw_refuse_change();
CREATE TRIGGER draw_frozen BEFORE DELETE OR TRUNCATE ON draw
    FOR EACH STATEMENT EXECUTE FUNCTION draw_refuse_change();

-- The frozen lists are written only in the transaction that froze the draw, before any seed; the result only in the
-- transaction that entered the seed.
CREATE FUNCTION draw_check_list_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT draw_id FROM added) a JOIN draw d ON d.id = a.draw_id
               WHERE d.seed IS NOT NULL OR d.xmin <> pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'a draw''s lists are written only when it is frozen (%)', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION draw_check_selection_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT draw_id FROM added) a JOIN draw d ON d.id = a.draw_id
               WHERE d.seed IS NULL OR d.xmin <> pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'a draw''s result is written only when its seed is entered'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER draw_candidate_written AFTER INSERT ON draw_candidate REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION draw_check_list_insert();
CREATE TRIGGER draw_roster_written AFTER INSERT ON draw_roster REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION draw_check_list_insert();
CREATE TRIGGER draw_recusal_written AFTER INSERT ON draw_recusal REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION draw_check_list_insert();
CREATE TRIGGER draw_selection_written AFTER INSERT ON draw_selection REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION draw_check_selection_insert();

-- The draw itself: the frozen columns never change; the seed is entered once.
CREATE FUNCTION draw_check_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.seed IS NOT NULL
       OR (NEW.plan_id, NEW.department_id, NEW.division_code, NEW.city_code, NEW.province_code, NEW.plan_year,
           NEW.algorithm, NEW.ratio, NEW.candidate_count, NEW.selected_count, NEW.candidates_sha256,
           NEW.roster_size, NEW.recusal_count, NEW.seed_source, NEW.frozen_at, NEW.frozen_by)
          IS DISTINCT FROM
          (OLD.plan_id, OLD.department_id, OLD.division_code, OLD.city_code, OLD.province_code, OLD.plan_year,
           OLD.algorithm, OLD.ratio, OLD.candidate_count, OLD.selected_count, OLD.candidates_sha256,
           OLD.roster_size, OLD.recusal_count, OLD.seed_source, OLD.frozen_at, OLD.frozen_by) THEN
        RAISE EXCEPTION 'a frozen draw never changes; its seed is entered once'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER draw_frozen_columns BEFORE UPDATE ON draw FOR EACH ROW EXECUTE FUNCTION draw_check_update();
