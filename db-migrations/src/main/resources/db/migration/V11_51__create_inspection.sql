-- 执法检查 (R4, 002§(十), 000§(九)): one inspection of one enterprise by one department. department_id is the inspecting
-- department (the one whose jurisdiction the record is under); division/city/province codes and township_id are where the
-- enterprise lies, so that an organisation entrusted with that township reads it. A planned inspection fulfils a plan
-- item (plan_item_id, no trigger); an unplanned one carries its trigger (002§(二)) and is approved by a supervisor
-- (行政检查审批, 国办发〔2024〕54号): before it starts (AWAITING_APPROVAL), or, when urgent, within the hours the rule data
-- sets after it started (approval_due_at, with the source cited in approval_due_source).
CREATE SEQUENCE inspection_seq INCREMENT BY 50;
CREATE TABLE inspection (
    id                  bigint        PRIMARY KEY,
    department_id       bigint        NOT NULL REFERENCES department (id),
    division_code       varchar(6)    NOT NULL REFERENCES division (code),
    city_code           varchar(6),
    province_code       varchar(6)    NOT NULL,
    township_id         bigint        REFERENCES township (id),
    enterprise_id       bigint        NOT NULL REFERENCES enterprise (id),
    plan_item_id        bigint        REFERENCES plan_item (id),
    kind                varchar(20)   NOT NULL CHECK (kind IN ('FULL_COVERAGE', 'RANDOM', 'SPECIAL', 'UNANNOUNCED',
                                                               'CROSS', 'FOLLOW_UP', 'COMPLAINT_CHECK')),
    trigger             varchar(20)   CHECK (trigger IN ('COMPLAINT', 'TRANSFER', 'MONITORING_ALERT', 'ACCIDENT',
                                                         'TEMPORARY_TASK')),
    urgent              boolean       NOT NULL DEFAULT false,
    imminent_danger     boolean       NOT NULL DEFAULT false,
    key_enterprise      boolean       NOT NULL DEFAULT false,
    notice_withheld     boolean       NOT NULL DEFAULT false,
    status              varchar(20)   NOT NULL CHECK (status IN ('AWAITING_APPROVAL', 'IN_PROGRESS', 'COMPLETED',
                                                                 'REFUSED')),
    started_at          timestamptz   NOT NULL,
    approval_due_at     timestamptz,
    approval_due_source varchar(300),
    approved_at         timestamptz,
    approved_by         varchar(64),
    refused_at          timestamptz,
    refused_by          varchar(64),
    refusal_reason      varchar(500),
    completed_at        timestamptz,
    document_id         bigint,
    created_by          varchar(64)   NOT NULL,
    created_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0,
    -- planned: from a plan item, no trigger; unplanned: a trigger, no plan item
    CONSTRAINT inspection_planned_or_triggered CHECK ((plan_item_id IS NULL) = (trigger IS NOT NULL)),
    CONSTRAINT inspection_refusal_reason CHECK (status <> 'REFUSED' OR refusal_reason IS NOT NULL)
);
CREATE INDEX inspection_department_started_idx ON inspection (department_id, started_at DESC, id DESC);
CREATE INDEX inspection_department_township_idx ON inspection (department_id, township_id, started_at DESC, id DESC)
    WHERE township_id IS NOT NULL;
CREATE INDEX inspection_enterprise_started_idx ON inspection (enterprise_id, started_at);
CREATE INDEX inspection_plan_item_idx ON inspection (plan_item_id) WHERE plan_item_id IS NOT NULL;
CREATE INDEX inspection_division_idx ON inspection (division_code);
CREATE INDEX inspection_township_idx ON inspection (township_id) WHERE township_id IS NOT NULL;
-- the supervisors' queue: what waits for approval (before starting, or urgent ones already started)
CREATE INDEX inspection_pending_approval_idx ON inspection (department_id, started_at, id)
    WHERE approved_at IS NULL AND trigger IS NOT NULL AND status IN ('AWAITING_APPROVAL', 'IN_PROGRESS');
CREATE INDEX inspection_document_idx ON inspection (document_id) WHERE document_id IS NOT NULL;

-- The inspectors (R12): accounts with the certificate number and its last valid day as on the inspection's day.
CREATE TABLE inspection_inspector (
    inspection_id           bigint       NOT NULL REFERENCES inspection (id),
    position                int          NOT NULL CHECK (position >= 0),
    username                varchar(64)  NOT NULL,
    full_name               varchar(64)  NOT NULL,
    certificate_number      varchar(64)  NOT NULL,
    certificate_valid_until date         NOT NULL,
    PRIMARY KEY (inspection_id, position),
    CONSTRAINT inspection_inspector_once UNIQUE (inspection_id, username)
);
CREATE INDEX inspection_inspector_username_idx ON inspection_inspector (username, inspection_id);

-- 执法+专家 (002§(十), 000§(十二)): the department's expert pool; experts are not accounts.
CREATE SEQUENCE expert_seq INCREMENT BY 50;
CREATE TABLE expert (
    id            bigint        PRIMARY KEY,
    department_id bigint        NOT NULL REFERENCES department (id),
    name          varchar(64)   NOT NULL CHECK (length(btrim(name)) > 0),
    speciality    varchar(100)  NOT NULL CHECK (length(btrim(speciality)) > 0),
    organisation  varchar(200)  NOT NULL CHECK (length(btrim(organisation)) > 0),
    active        boolean       NOT NULL DEFAULT true,
    created_by    varchar(64)   NOT NULL,
    created_at    timestamptz   NOT NULL,
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX expert_department_idx ON expert (department_id, name, id);

-- the experts who joined an inspection, with name, speciality and organisation as on that day
CREATE TABLE inspection_expert (
    inspection_id bigint        NOT NULL REFERENCES inspection (id),
    position      int           NOT NULL CHECK (position >= 0),
    expert_id     bigint        NOT NULL REFERENCES expert (id),
    name          varchar(64)   NOT NULL,
    speciality    varchar(100)  NOT NULL,
    organisation  varchar(200)  NOT NULL,
    PRIMARY KEY (inspection_id, position),
    CONSTRAINT inspection_expert_once UNIQUE (inspection_id, expert_id)
);
CREATE INDEX inspection_expert_expert_idx ON inspection_expert (expert_id);

-- 执法告知 → 现场检查 → 交流反馈 (R4, key enterprises): when, a note, and who of the enterprise was present, as
-- parallel arrays (role, name); roles MAIN_RESPONSIBLE (主要负责人), SAFETY_MANAGER (安全管理人员), OPERATOR (岗位操作员工).
CREATE TABLE inspection_stage (
    inspection_id bigint        NOT NULL REFERENCES inspection (id),
    stage         varchar(16)   NOT NULL CHECK (stage IN ('NOTICE', 'ONSITE', 'FEEDBACK')),
    at            timestamptz   NOT NULL,
    note          varchar(2000),
    present_roles varchar(32)[] NOT NULL DEFAULT '{}',
    present_names varchar(64)[] NOT NULL DEFAULT '{}',
    recorded_by   varchar(64)   NOT NULL,
    recorded_at   timestamptz   NOT NULL,
    PRIMARY KEY (inspection_id, stage),
    CHECK (cardinality(present_roles) = cardinality(present_names)),
    CHECK (present_roles <@ ARRAY['MAIN_RESPONSIBLE', 'SAFETY_MANAGER', 'OPERATOR']::varchar(32)[])
);

-- The checklist versions used (those in force on the inspection's day); checklist_id references checklist once that
-- table is in (a later migration adds the foreign key).
CREATE TABLE inspection_checklist (
    inspection_id bigint        NOT NULL REFERENCES inspection (id),
    checklist_id  bigint        NOT NULL,
    code          varchar(64)   NOT NULL,
    version       int           NOT NULL,
    title         varchar(200)  NOT NULL,
    PRIMARY KEY (inspection_id, checklist_id)
);
CREATE INDEX inspection_checklist_checklist_idx ON inspection_checklist (checklist_id);

-- One row per item of the checklists used: 符合 / 不符合 / 不适用 (NULL until recorded), a note. Text, basis and whether
-- failing it is a 重大事故隐患 are copied from the item so that the record reads as on that day.
CREATE SEQUENCE inspection_result_seq INCREMENT BY 50;
CREATE TABLE inspection_result (
    id                bigint        PRIMARY KEY,
    inspection_id     bigint        NOT NULL REFERENCES inspection (id),
    checklist_item_id bigint        NOT NULL,
    checklist_id      bigint        NOT NULL,
    position          int           NOT NULL,
    reference         varchar(100)  NOT NULL,
    text              varchar(1000) NOT NULL,
    basis             varchar(300)  NOT NULL,
    major             boolean       NOT NULL,
    result            varchar(16)   CHECK (result IN ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note              varchar(2000),
    recorded_by       varchar(64),
    recorded_at       timestamptz,
    CONSTRAINT inspection_result_item_once UNIQUE (inspection_id, checklist_item_id)
);
CREATE INDEX inspection_result_inspection_idx ON inspection_result (inspection_id, checklist_id, position);
CREATE INDEX inspection_result_item_idx ON inspection_result (checklist_item_id);

-- Signatures (R13): each an image kept as evidence (evidence_id references evidence once that table is in).
CREATE SEQUENCE inspection_signature_seq INCREMENT BY 50;
CREATE TABLE inspection_signature (
    id            bigint        PRIMARY KEY,
    inspection_id bigint        NOT NULL REFERENCES inspection (id),
    role          varchar(32)   NOT NULL CHECK (role IN ('INSPECTOR', 'ENTERPRISE_REPRESENTATIVE', 'WITNESS')),
    name          varchar(64)   NOT NULL,
    evidence_id   bigint        NOT NULL,
    signed_at     timestamptz   NOT NULL,
    recorded_by   varchar(64)   NOT NULL
);
CREATE INDEX inspection_signature_inspection_idx ON inspection_signature (inspection_id, id);
CREATE INDEX inspection_signature_evidence_idx ON inspection_signature (evidence_id);

-- The enterprise's refusal to sign, recorded with a witness.
CREATE SEQUENCE inspection_signature_refusal_seq INCREMENT BY 50;
CREATE TABLE inspection_signature_refusal (
    id            bigint        PRIMARY KEY,
    inspection_id bigint        NOT NULL REFERENCES inspection (id),
    witness       varchar(64)   NOT NULL CHECK (length(btrim(witness)) > 0),
    note          varchar(500),
    recorded_at   timestamptz   NOT NULL,
    recorded_by   varchar(64)   NOT NULL
);
CREATE INDEX inspection_signature_refusal_inspection_idx ON inspection_signature_refusal (inspection_id, id);

-- 移送 (002§(十)): a problem belonging to another department (free text: 市场监管局, 住建局 …), what, when and who.
CREATE SEQUENCE inspection_transfer_seq INCREMENT BY 50;
CREATE TABLE inspection_transfer (
    id             bigint        PRIMARY KEY,
    inspection_id  bigint        NOT NULL REFERENCES inspection (id),
    to_department  varchar(100)  NOT NULL CHECK (length(btrim(to_department)) > 0),
    matter         varchar(2000) NOT NULL CHECK (length(btrim(matter)) > 0),
    transferred_at timestamptz   NOT NULL,
    transferred_by varchar(64)   NOT NULL
);
CREATE INDEX inspection_transfer_inspection_idx ON inspection_transfer (inspection_id, id);

-- 国办发〔2024〕54号: an urgent inspection started without prior approval is approved afterwards within this many hours.
INSERT INTO rule_parameter (key, province_code, effective_from, value, source) VALUES
    ('inspection.urgent-approval-hours', NULL, DATE '2024-12-30', 24,
     '《国务院办公厅关于严格规范涉企行政检查的意见》（国办发〔2024〕54号）：实施行政检查前报经负责人批准，情况紧急需当场实施的事后补办批准手续；时限参照《行政强制法》第十九条：二十四小时内');
