-- Accidents (R8, 000§(六)) and recorded failures of the main responsible person's safety duty (002§(二)): both belong
-- to an enterprise and are read under its jurisdiction; department_id is the enterprise's assigned department when the
-- record was made (the record names it; reads follow the enterprise's current department).
CREATE SEQUENCE accident_seq INCREMENT BY 50;
CREATE TABLE accident (
    id                            bigint        PRIMARY KEY,
    enterprise_id                 bigint        NOT NULL REFERENCES enterprise (id),
    department_id                 bigint        NOT NULL REFERENCES department (id),
    occurred_at                   timestamptz   NOT NULL,
    place                         varchar(200)  NOT NULL CHECK (length(btrim(place)) > 0),
    -- GB 6441-86 企业职工伤亡事故分类, the 20 categories
    category                      varchar(32)   NOT NULL CHECK (category IN ('STRUCK_BY_OBJECT', 'VEHICLE', 'MACHINERY',
        'LIFTING', 'ELECTRIC_SHOCK', 'DROWNING', 'BURN_AND_SCALD', 'FIRE', 'FALL_FROM_HEIGHT', 'COLLAPSE',
        'ROOF_AND_RIB_FALL', 'WATER_INRUSH', 'BLASTING', 'EXPLOSIVE_EXPLOSION', 'GAS_EXPLOSION', 'BOILER_EXPLOSION',
        'VESSEL_EXPLOSION', 'OTHER_EXPLOSION', 'POISONING_AND_ASPHYXIATION', 'OTHER_INJURY')),
    deaths                        int           NOT NULL CHECK (deaths >= 0),
    serious_injuries              int           NOT NULL CHECK (serious_injuries >= 0),
    direct_loss_ten_thousand_yuan numeric(14,4) CHECK (direct_loss_ten_thousand_yuan >= 0),
    summary                       text,
    -- 生产安全事故报告和调查处理条例 第三条, computed once from the thresholds in force on the day of the accident
    grade                         varchar(20)   NOT NULL CHECK (grade IN ('GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR')),
    -- 第十九条: the government that investigates; 000§(六): the level above whose 安委会 supervises (挂牌督办)
    investigating_level           varchar(20)   CHECK (investigating_level IN ('STATE_COUNCIL', 'PROVINCE', 'CITY', 'COUNTY')),
    supervising_level             varchar(20)   CHECK (supervising_level IN ('STATE_COUNCIL', 'PROVINCE', 'CITY', 'COUNTY')),
    -- which threshold rows decided: rule key family and effective dates, and the threshold that was reached
    rule_set                      varchar(300),
    grade_basis                   varchar(100),
    recorded_by                   varchar(64)   NOT NULL,
    recorded_at                   timestamptz   NOT NULL,
    version                       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX accident_enterprise_idx ON accident (enterprise_id, occurred_at);
CREATE INDEX accident_department_idx ON accident (department_id, id);

CREATE SEQUENCE duty_finding_seq INCREMENT BY 50;
CREATE TABLE duty_finding (
    id            bigint       PRIMARY KEY,
    enterprise_id bigint       NOT NULL REFERENCES enterprise (id),
    department_id bigint       NOT NULL REFERENCES department (id),
    finding       text         NOT NULL CHECK (length(btrim(finding)) > 0),
    found_on      date         NOT NULL,
    recorded_by   varchar(64)  NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);
CREATE INDEX duty_finding_enterprise_idx ON duty_finding (enterprise_id, found_on);
CREATE INDEX duty_finding_department_idx ON duty_finding (department_id);

-- 生产安全事故报告和调查处理条例（国务院令第493号，2007-06-01 起施行）第三条: the thresholds of each grade, national.
-- "以上" includes the number, "以下" does not (第三条第三款): a measure at or above a grade's threshold reaches that grade.
-- Direct economic loss in 万元.
INSERT INTO rule_parameter (key, province_code, effective_from, value, source) VALUES
    ('accident-grade.especially-major.deaths', NULL, DATE '2007-06-01', 30,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（一）项：30人以上死亡为特别重大事故'),
    ('accident-grade.especially-major.serious-injuries', NULL, DATE '2007-06-01', 100,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（一）项：100人以上重伤（包括急性工业中毒）为特别重大事故'),
    ('accident-grade.especially-major.direct-loss', NULL, DATE '2007-06-01', 10000,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（一）项：1亿元以上直接经济损失为特别重大事故'),
    ('accident-grade.major.deaths', NULL, DATE '2007-06-01', 10,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（二）项：10人以上30人以下死亡为重大事故'),
    ('accident-grade.major.serious-injuries', NULL, DATE '2007-06-01', 50,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（二）项：50人以上100人以下重伤为重大事故'),
    ('accident-grade.major.direct-loss', NULL, DATE '2007-06-01', 5000,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（二）项：5000万元以上1亿元以下直接经济损失为重大事故'),
    ('accident-grade.larger.deaths', NULL, DATE '2007-06-01', 3,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（三）项：3人以上10人以下死亡为较大事故'),
    ('accident-grade.larger.serious-injuries', NULL, DATE '2007-06-01', 10,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（三）项：10人以上50人以下重伤为较大事故'),
    ('accident-grade.larger.direct-loss', NULL, DATE '2007-06-01', 1000,
     '《生产安全事故报告和调查处理条例》（国务院令第493号）第三条第一款第（三）项：1000万元以上5000万元以下直接经济损失为较大事故');
