-- 隐患排查治理 (R5, 004§7, 004§11, 004§23, 000§(八), 000§(九)): one hidden hazard of one enterprise, under the
-- jurisdiction of one department (department_id) and lying where the enterprise lies (division/city/province codes,
-- township_id). Found at an inspection (inspection_id, checklist_item_id), reported by the enterprise itself
-- (自查自报) or from a complaint. The loop 检查 → 督办 → 整改 → 验收 → 核查 → 销号 is the status:
-- FOUND → ORDERED (责令限期整改指令书, due_on) → RECTIFYING (the 五落实 plan) → REPORTED → (major: ACCEPTANCE_REPORTED)
-- → CLOSED, or back to RECTIFYING with a new deadline when the re-check rejects the rectification.
-- due_on is the calendar's result (working days across holidays) with how it was computed (due_source), recheck_due_on
-- the department's own deadline for the re-check, computed from the rule data cited in recheck_due_source.
-- overdue / escalated / supervised_by_department_id (挂牌督办 by the department above) are kept by the overdue job and
-- the supervision acts. Document ids name issued_document rows (as inspection.document_id does, without a foreign key:
-- the document is issued in the same transaction by the document machinery, which owns that table).
CREATE SEQUENCE hazard_seq INCREMENT BY 50;
CREATE TABLE hazard (
    id                          bigint        PRIMARY KEY,
    department_id               bigint        NOT NULL REFERENCES department (id),
    division_code               varchar(6)    NOT NULL REFERENCES division (code),
    city_code                   varchar(6),
    province_code               varchar(6)    NOT NULL,
    township_id                 bigint        REFERENCES township (id),
    enterprise_id               bigint        NOT NULL REFERENCES enterprise (id),
    inspection_id               bigint        REFERENCES inspection (id),
    checklist_item_id           bigint,
    source                      varchar(16)   NOT NULL CHECK (source IN ('INSPECTION', 'SELF_REPORT', 'COMPLAINT')),
    grade                       varchar(16)   NOT NULL CHECK (grade IN ('GENERAL', 'MAJOR')),
    description                 varchar(2000) NOT NULL CHECK (length(btrim(description)) > 0),
    place                       varchar(200),
    legal_basis                 varchar(500),
    internal_note               varchar(2000),
    status                      varchar(24)   NOT NULL CHECK (status IN ('FOUND', 'ORDERED', 'RECTIFYING', 'REPORTED',
                                                                       'ACCEPTANCE_REPORTED', 'CLOSED')),
    -- 责令限期整改指令书
    requirements                varchar(2000),
    ordered_at                  timestamptz,
    ordered_by                  varchar(64),
    order_document_id           bigint,
    due_on                      date,
    due_on_provisional          boolean       NOT NULL DEFAULT false,
    due_source                  varchar(300),
    -- 五落实 (004§7): goal, responsible person, funds, measures, planned completion
    plan_goal                   varchar(1000),
    plan_responsible_person     varchar(64),
    plan_funds                  numeric(14, 2) CHECK (plan_funds >= 0),
    plan_measures               varchar(2000),
    plan_completion             date,
    planned_at                  timestamptz,
    planned_by                  varchar(64),
    -- the department's re-check deadline once the enterprise reported
    recheck_due_on              date,
    recheck_due_source          varchar(300),
    recheck_rule_effective_from date,
    -- a grade lowering asked and waiting for a supervisor
    grade_change_to             varchar(16)   CHECK (grade_change_to IN ('GENERAL', 'MAJOR')),
    grade_change_reason         varchar(500),
    grade_change_requested_at   timestamptz,
    grade_change_requested_by   varchar(64),
    -- kept by the overdue job and the supervision acts
    overdue                     boolean       NOT NULL DEFAULT false,
    escalated                   boolean       NOT NULL DEFAULT false,
    escalated_at                timestamptz,
    supervised_by_department_id bigint        REFERENCES department (id),
    supervised_at               timestamptz,
    onsite_measures_in_force    boolean       NOT NULL DEFAULT false,
    closed_at                   timestamptz,
    found_at                    timestamptz   NOT NULL,
    found_by                    varchar(64)   NOT NULL,
    created_at                  timestamptz   NOT NULL,
    created_by                  varchar(64)   NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT hazard_from_inspection CHECK ((source = 'INSPECTION') = (inspection_id IS NOT NULL)),
    CONSTRAINT hazard_item_of_inspection CHECK (checklist_item_id IS NULL OR inspection_id IS NOT NULL),
    CONSTRAINT hazard_ordered_with_deadline CHECK (status IN ('FOUND') OR status = 'CLOSED' OR due_on IS NOT NULL),
    CONSTRAINT hazard_closed_at CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX hazard_department_idx ON hazard (department_id, id DESC);
CREATE INDEX hazard_department_township_idx ON hazard (department_id, township_id, id DESC)
    WHERE township_id IS NOT NULL;
CREATE INDEX hazard_enterprise_idx ON hazard (enterprise_id, id DESC);
CREATE INDEX hazard_open_due_idx ON hazard (status, due_on) WHERE status <> 'CLOSED';
CREATE INDEX hazard_department_status_idx ON hazard (department_id, status, id DESC);
CREATE INDEX hazard_department_grade_idx ON hazard (department_id, grade, id DESC);
CREATE INDEX hazard_department_overdue_idx ON hazard (department_id, id DESC) WHERE overdue;
CREATE INDEX hazard_department_due_idx ON hazard (department_id, due_on) WHERE status <> 'CLOSED';
CREATE INDEX hazard_recheck_due_idx ON hazard (department_id, recheck_due_on)
    WHERE status IN ('REPORTED', 'ACCEPTANCE_REPORTED');
CREATE INDEX hazard_supervised_idx ON hazard (supervised_by_department_id, id DESC)
    WHERE supervised_by_department_id IS NOT NULL;
CREATE INDEX hazard_inspection_idx ON hazard (inspection_id) WHERE inspection_id IS NOT NULL;
CREATE INDEX hazard_division_idx ON hazard (division_code);
CREATE INDEX hazard_township_idx ON hazard (township_id) WHERE township_id IS NOT NULL;
CREATE INDEX hazard_order_document_idx ON hazard (order_document_id) WHERE order_document_id IS NOT NULL;
-- one hazard per failed item of one inspection
CREATE UNIQUE INDEX hazard_inspection_item_once ON hazard (inspection_id, checklist_item_id)
    WHERE checklist_item_id IS NOT NULL;

-- What the enterprise reported: its rectification (整改情况, kind RECTIFICATION) or, for a major hazard, the acceptance
-- by experts (验收, kind ACCEPTANCE: the experts and their conclusion); each with its evidence.
CREATE SEQUENCE hazard_report_seq INCREMENT BY 50;
CREATE TABLE hazard_report (
    id          bigint        PRIMARY KEY,
    hazard_id   bigint        NOT NULL REFERENCES hazard (id),
    kind        varchar(16)   NOT NULL CHECK (kind IN ('RECTIFICATION', 'ACCEPTANCE')),
    description varchar(2000) NOT NULL CHECK (length(btrim(description)) > 0),
    experts     varchar(500),
    reported_at timestamptz   NOT NULL,
    reported_by varchar(64)   NOT NULL,
    CONSTRAINT hazard_report_acceptance_experts CHECK (kind <> 'ACCEPTANCE' OR experts IS NOT NULL)
);
CREATE INDEX hazard_report_hazard_idx ON hazard_report (hazard_id, id);

CREATE TABLE hazard_report_evidence (
    report_id   bigint  NOT NULL REFERENCES hazard_report (id),
    position    int     NOT NULL CHECK (position >= 0),
    evidence_id bigint  NOT NULL REFERENCES evidence (id),
    PRIMARY KEY (report_id, position)
);
CREATE INDEX hazard_report_evidence_evidence_idx ON hazard_report_evidence (evidence_id);

-- 核查 (整改复查意见书): the inspector's re-check, accepted (销号) or rejected with a new deadline.
CREATE SEQUENCE hazard_verification_seq INCREMENT BY 50;
CREATE TABLE hazard_verification (
    id           bigint        PRIMARY KEY,
    hazard_id    bigint        NOT NULL REFERENCES hazard (id),
    accepted     boolean       NOT NULL,
    opinion      varchar(2000) NOT NULL CHECK (length(btrim(opinion)) > 0),
    new_due_on   date,
    document_id  bigint        NOT NULL,
    verified_at  timestamptz   NOT NULL,
    verified_by  varchar(64)   NOT NULL,
    CONSTRAINT hazard_verification_rejected_deadline CHECK (accepted OR new_due_on IS NOT NULL)
);
CREATE INDEX hazard_verification_hazard_idx ON hazard_verification (hazard_id, id);
CREATE INDEX hazard_verification_document_idx ON hazard_verification (document_id);

-- 延期: the enterprise applies with reasons before the deadline; a supervisor approves with a new date or refuses.
CREATE SEQUENCE hazard_extension_seq INCREMENT BY 50;
CREATE TABLE hazard_extension (
    id             bigint        PRIMARY KEY,
    hazard_id      bigint        NOT NULL REFERENCES hazard (id),
    reasons        varchar(2000) NOT NULL CHECK (length(btrim(reasons)) > 0),
    requested_on   date          NOT NULL,
    due_on_before  date          NOT NULL,
    applied_at     timestamptz   NOT NULL,
    applied_by     varchar(64)   NOT NULL,
    decision       varchar(16)   CHECK (decision IN ('APPROVED', 'REFUSED')),
    granted_on     date,
    decision_note  varchar(500),
    decided_at     timestamptz,
    decided_by     varchar(64),
    CONSTRAINT hazard_extension_granted CHECK ((decision = 'APPROVED') = (granted_on IS NOT NULL)),
    CONSTRAINT hazard_extension_decided CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX hazard_extension_hazard_idx ON hazard_extension (hazard_id, id);
-- the supervisors' queue of applications waiting
CREATE INDEX hazard_extension_pending_idx ON hazard_extension (hazard_id) WHERE decision IS NULL;
CREATE UNIQUE INDEX hazard_extension_one_pending ON hazard_extension (hazard_id) WHERE decision IS NULL;

-- 现场处理措施决定书 (major hazards, 安全生产法 第六十五条): 撤出作业人员, 责令暂时停产停业, 停止使用相关设施设备; each
-- lifted only after review (审查).
CREATE SEQUENCE hazard_onsite_measure_seq INCREMENT BY 50;
CREATE TABLE hazard_onsite_measure (
    id           bigint        PRIMARY KEY,
    hazard_id    bigint        NOT NULL REFERENCES hazard (id),
    measure      varchar(24)   NOT NULL CHECK (measure IN ('WITHDRAW_WORKERS', 'SUSPEND_PRODUCTION',
                                                          'STOP_EQUIPMENT')),
    detail       varchar(1000),
    document_id  bigint        NOT NULL,
    decided_at   timestamptz   NOT NULL,
    decided_by   varchar(64)   NOT NULL,
    lifted_at    timestamptz,
    lifted_by    varchar(64),
    lift_review  varchar(1000),
    CONSTRAINT hazard_onsite_measure_lift_reviewed CHECK ((lifted_at IS NULL) = (lift_review IS NULL))
);
CREATE INDEX hazard_onsite_measure_hazard_idx ON hazard_onsite_measure (hazard_id, id);
CREATE INDEX hazard_onsite_measure_document_idx ON hazard_onsite_measure (document_id);

-- The re-check of a reported rectification is due within these days of the report (calendar days: the rules say 日).
INSERT INTO rule_parameter (key, province_code, effective_from, value, source) VALUES
    ('hazard.recheck-calendar-days.major', NULL, DATE '2008-02-01', 10,
     '《安全生产事故隐患排查治理暂行规定》（原国家安全监管总局令第16号）第二十三条：安全监管监察部门收到生产经营单位恢复生产的申请报告后，应当在10日内进行现场审查'),
    ('hazard.recheck-calendar-days.general', NULL, DATE '2008-02-01', 10,
     '本系统选定：一般事故隐患的整改报告同样在收到后10日内复查，参照《安全生产事故隐患排查治理暂行规定》（原国家安全监管总局令第16号）第二十三条对重大事故隐患规定的10日；省份可另设');
