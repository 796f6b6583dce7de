-- Townships, streets and zones (乡级区域) of a county: where an entrusted organisation enforces (委托执法, 003§(十四)).
-- The official 9-digit statistical code (统计用区划代码) is kept when known; a zone without one is kept by name.
CREATE SEQUENCE township_seq INCREMENT BY 50;
CREATE TABLE township (
    id            bigint       PRIMARY KEY,
    code          varchar(9)   UNIQUE CHECK (code ~ '^[0-9]{9}$'),
    name          varchar(100) NOT NULL,
    kind          varchar(16)  NOT NULL CHECK (kind IN ('TOWN', 'TOWNSHIP', 'SUBDISTRICT', 'ZONE')),
    division_code varchar(6)   NOT NULL REFERENCES division (code),
    city_code     varchar(6),
    province_code varchar(6)   NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    UNIQUE (division_code, name),
    CHECK (code IS NULL OR left(code, 6) = division_code)
);

-- The township an enterprise lies in, where known. The scope filter of an entrusted organisation asks for
-- (department, township) pairs: one index serves it.
ALTER TABLE enterprise ADD COLUMN township_id bigint REFERENCES township (id);
CREATE INDEX enterprise_department_township_idx ON enterprise (department_id, township_id, id)
    WHERE township_id IS NOT NULL;
CREATE INDEX enterprise_township_idx ON enterprise (township_id) WHERE township_id IS NOT NULL;

-- An enforcement department (执法主体) or an organisation entrusted to enforce in a department's name (受委托组织).
ALTER TABLE department ADD COLUMN kind varchar(24) NOT NULL DEFAULT 'ENFORCEMENT'
    CHECK (kind IN ('ENFORCEMENT', 'ENTRUSTED_ORGANISATION'));

-- 指定管辖: designated by the common upper department, citing the designating document.
ALTER TABLE enterprise_assignment ADD COLUMN document_number varchar(64);
ALTER TABLE enterprise_assignment DROP CONSTRAINT enterprise_assignment_kind_check;
ALTER TABLE enterprise_assignment ADD CONSTRAINT enterprise_assignment_kind_check
    CHECK (kind IN ('INITIAL', 'REASSIGNED', 'TAKEN_OVER', 'DESIGNATION'));
ALTER TABLE enterprise_assignment ADD CONSTRAINT enterprise_assignment_designation_document_check
    CHECK (kind <> 'DESIGNATION' OR (document_number IS NOT NULL AND length(btrim(document_number)) > 0));

-- 委托执法: one township of the entrusting department's area, for a period, under an entrustment document.
CREATE SEQUENCE entrustment_seq INCREMENT BY 50;
CREATE TABLE entrustment (
    id              bigint       PRIMARY KEY,
    department_id   bigint       NOT NULL REFERENCES department (id),
    organisation_id bigint       NOT NULL REFERENCES department (id),
    township_id     bigint       NOT NULL REFERENCES township (id),
    division_code   varchar(6)   NOT NULL REFERENCES division (code),
    city_code       varchar(6),
    province_code   varchar(6)   NOT NULL,
    valid_from      date         NOT NULL,
    valid_until     date         NOT NULL,
    document_number varchar(64)  NOT NULL CHECK (length(btrim(document_number)) > 0),
    granted_by      varchar(64)  NOT NULL,
    granted_at      timestamptz  NOT NULL,
    ended_on        date,
    end_reason      varchar(500),
    ended_by        varchar(64),
    version         bigint       NOT NULL DEFAULT 0,
    CHECK (valid_until >= valid_from),
    CHECK (department_id <> organisation_id),
    CHECK ((ended_on IS NULL) = (end_reason IS NULL))
);
CREATE INDEX entrustment_department_idx ON entrustment (department_id);
CREATE INDEX entrustment_organisation_idx ON entrustment (organisation_id, valid_from, valid_until);
CREATE INDEX entrustment_township_idx ON entrustment (township_id);
