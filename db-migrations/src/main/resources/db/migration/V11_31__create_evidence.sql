-- Evidence (R14, 000§(二十) 全过程记录): files attached to a record under jurisdiction (an inspection, a checklist
-- result, a signature, a hazard, the enterprise file), named by owner kind and id. The department, division and
-- township are copied from the owner when the file is attached, so that the evidence is read under the owner's
-- jurisdiction. The file itself is in the evidence store under storage_key; sha256 (lower-case hex) was computed while
-- it was stored and is checked before every download.
CREATE SEQUENCE evidence_seq INCREMENT BY 50;
CREATE TABLE evidence (
    id                bigint       PRIMARY KEY,
    owner_kind        varchar(32)  NOT NULL CHECK (owner_kind ~ '^[A-Z][A-Z_]{0,31}$'),
    owner_id          bigint       NOT NULL,
    department_id     bigint       NOT NULL REFERENCES department (id),
    division_code     varchar(6)   NOT NULL,
    city_code         varchar(6),
    province_code     varchar(6)   NOT NULL,
    township_id       bigint       REFERENCES township (id),
    file_name         varchar(255) NOT NULL CHECK (length(file_name) > 0),
    content_type      varchar(100) NOT NULL,
    kind              varchar(16)  NOT NULL CHECK (kind IN ('IMAGE', 'AUDIO', 'VIDEO', 'PDF')),
    size_bytes        bigint       NOT NULL CHECK (size_bytes > 0),
    sha256            varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key       varchar(200) NOT NULL,
    uploaded_by       varchar(64)  NOT NULL,
    uploaded_at       timestamptz  NOT NULL,
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(64),
    withdrawal_reason varchar(500),
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT evidence_storage_key_key UNIQUE (storage_key),
    CONSTRAINT evidence_withdrawal_check CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)
        AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);
CREATE INDEX evidence_owner_idx ON evidence (owner_kind, owner_id, id);
CREATE INDEX evidence_department_idx ON evidence (department_id, id);
CREATE INDEX evidence_township_idx ON evidence (township_id) WHERE township_id IS NOT NULL;

-- Evidence is never deleted, and once attached only its withdrawal (once) and version change: the file it names, its
-- hash, type, size, owner and jurisdiction stay as recorded.
CREATE FUNCTION evidence_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'evidence % is never deleted: withdraw it', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.owner_kind, NEW.owner_id, NEW.department_id, NEW.division_code, NEW.city_code, NEW.province_code,
        NEW.township_id, NEW.file_name, NEW.content_type, NEW.kind, NEW.size_bytes, NEW.sha256, NEW.storage_key,
        NEW.uploaded_by, NEW.uploaded_at)
       IS DISTINCT FROM
       (OLD.owner_kind, OLD.owner_id, OLD.department_id, OLD.division_code, OLD.city_code, OLD.province_code,
        OLD.township_id, OLD.file_name, OLD.content_type, OLD.kind, OLD.size_bytes, OLD.sha256, OLD.storage_key,
        OLD.uploaded_by, OLD.uploaded_at)
       OR (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at, NEW.withdrawn_by, NEW.withdrawal_reason)
           IS DISTINCT FROM (OLD.withdrawn_at, OLD.withdrawn_by, OLD.withdrawal_reason)) THEN
        RAISE EXCEPTION 'evidence % is kept as attached: only a withdrawal is recorded', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER evidence_keep BEFORE UPDATE OR DELETE ON evidence FOR EACH ROW EXECUTE FUNCTION evidence_keep();
