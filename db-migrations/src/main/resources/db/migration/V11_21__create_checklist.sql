-- 执法检查重点事项清单 (002§(三)): national checklists per sector and feature, versioned; each item with its text, the
-- legal basis a decision can cite and whether failing it is a 重大事故隐患. A version is a row of checklist; versions
-- of one list share its code. Inspections refer to the items of the version they used, which are never deleted once
-- the version has been put in force.
CREATE SEQUENCE checklist_seq INCREMENT BY 50;
CREATE TABLE checklist (
    id              bigint       PRIMARY KEY,
    code            varchar(64)  NOT NULL,  -- stable key of the list across versions, e.g. 'HC-121' 'IT-10-GENERAL'
    version         int          NOT NULL CHECK (version >= 1),
    title           varchar(200) NOT NULL,  -- e.g. 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）
    source_document varchar(200) NOT NULL,  -- the standard's document number, e.g. 安监总管三〔2017〕121号
    sectors         varchar(32)[] NOT NULL, -- enterprise Sector enum names it applies to (any of them)
    feature         varchar(32),            -- Feature enum name: applies only to enterprises with it; NULL = all
    industry        varchar(32),            -- optional 工贸 sub-industry (e.g. NONFERROUS, BUILDING_MATERIALS): such a
                                            -- list is not chosen automatically, the inspector adds it; NULL = automatic
    effective_from  date         NOT NULL,
    effective_until date,                   -- exclusive; NULL = open
    status          varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'IN_FORCE', 'RETIRED')),
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    lock_version    bigint       NOT NULL DEFAULT 0,
    CONSTRAINT checklist_code_version_key UNIQUE (code, version)
);
CREATE SEQUENCE checklist_item_seq INCREMENT BY 50;
CREATE TABLE checklist_item (
    id           bigint        PRIMARY KEY,
    checklist_id bigint        NOT NULL REFERENCES checklist (id),
    position     int           NOT NULL,
    reference    varchar(100)  NOT NULL, -- the item's number inside the standard: 第（五）项, 第四条第（三）项
    text         varchar(1000) NOT NULL, -- concise statement of what is checked, in our own words
    basis        varchar(300)  NOT NULL, -- full citation a decision can quote: 安监总管三〔2017〕121号 第（五）项
    major        boolean       NOT NULL, -- failing it is a 重大事故隐患
    CONSTRAINT checklist_item_position_key UNIQUE (checklist_id, position)
);
CREATE INDEX checklist_item_checklist_idx ON checklist_item (checklist_id, position);
