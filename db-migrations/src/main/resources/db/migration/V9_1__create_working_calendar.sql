-- The working-day calendar (R16): the official arrangement of each year, 法定节假日 and 调休 make-up working days, as
-- the State Council General Office's notice of that year states it. Only the days the notice names are stored; every
-- other day is a working day from Monday to Friday and a rest day on Saturday and Sunday. A year without a row here is
-- not entered yet: deadlines through it count weekends only and are marked provisional.

CREATE TABLE calendar_year (
    year          integer      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    notice        varchar(64)  NOT NULL,
    notice_title  varchar(200) NOT NULL,
    entered_at    timestamptz  NOT NULL,
    entered_by    varchar(64)  NOT NULL,
    replaced_reason varchar(500),
    version       bigint       NOT NULL DEFAULT 0
);

COMMENT ON TABLE calendar_year IS 'A year whose official arrangement of holidays and make-up working days is entered';
COMMENT ON COLUMN calendar_year.notice IS 'document number of the notice, e.g. 国办发明电〔2025〕7号';

CREATE TABLE calendar_day (
    day   date        PRIMARY KEY,
    year  integer     NOT NULL REFERENCES calendar_year (year),
    kind  varchar(16) NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name  varchar(32),
    CONSTRAINT calendar_day_in_its_year CHECK (extract(year FROM day) = year),
    CONSTRAINT calendar_day_holiday_named CHECK (kind <> 'HOLIDAY' OR name IS NOT NULL),
    CONSTRAINT calendar_day_makeup_on_weekend CHECK (kind <> 'MAKEUP_WORKDAY' OR extract(isodow FROM day) >= 6)
);

CREATE INDEX calendar_day_year ON calendar_day (year);

-- 2024: 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25)
INSERT INTO calendar_year (year, notice, notice_title, entered_at, entered_by)
VALUES (2024, '国办发明电〔2023〕7号', '国务院办公厅关于2024年部分节假日安排的通知', TIMESTAMPTZ '2023-10-25 00:00:00+08', 'system');
INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, 2024, r.kind, r.name
FROM (VALUES
    ('HOLIDAY', '元旦', DATE '2024-01-01', DATE '2024-01-01'),
    ('HOLIDAY', '春节', DATE '2024-02-10', DATE '2024-02-17'),
    ('MAKEUP_WORKDAY', '春节', DATE '2024-02-04', DATE '2024-02-04'),
    ('MAKEUP_WORKDAY', '春节', DATE '2024-02-18', DATE '2024-02-18'),
    ('HOLIDAY', '清明节', DATE '2024-04-04', DATE '2024-04-06'),
    ('MAKEUP_WORKDAY', '清明节', DATE '2024-04-07', DATE '2024-04-07'),
    ('HOLIDAY', '劳动节', DATE '2024-05-01', DATE '2024-05-05'),
    ('MAKEUP_WORKDAY', '劳动节', DATE '2024-04-28', DATE '2024-04-28'),
    ('MAKEUP_WORKDAY', '劳动节', DATE '2024-05-11', DATE '2024-05-11'),
    ('HOLIDAY', '端午节', DATE '2024-06-10', DATE '2024-06-10'),
    ('HOLIDAY', '中秋节', DATE '2024-09-15', DATE '2024-09-17'),
    ('MAKEUP_WORKDAY', '中秋节', DATE '2024-09-14', DATE '2024-09-14'),
    ('HOLIDAY', '国庆节', DATE '2024-10-01', DATE '2024-10-07'),
    ('MAKEUP_WORKDAY', '国庆节', DATE '2024-09-29', DATE '2024-09-29'),
    ('MAKEUP_WORKDAY', '国庆节', DATE '2024-10-12', DATE '2024-10-12')
) AS r (kind, name, first_day, last_day),
     generate_series(r.first_day, r.last_day, INTERVAL '1 day') AS d;

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12)
INSERT INTO calendar_year (year, notice, notice_title, entered_at, entered_by)
VALUES (2025, '国办发明电〔2024〕12号', '国务院办公厅关于2025年部分节假日安排的通知', TIMESTAMPTZ '2024-11-12 00:00:00+08', 'system');
INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, 2025, r.kind, r.name
FROM (VALUES
    ('HOLIDAY', '元旦', DATE '2025-01-01', DATE '2025-01-01'),
    ('HOLIDAY', '春节', DATE '2025-01-28', DATE '2025-02-04'),
    ('MAKEUP_WORKDAY', '春节', DATE '2025-01-26', DATE '2025-01-26'),
    ('MAKEUP_WORKDAY', '春节', DATE '2025-02-08', DATE '2025-02-08'),
    ('HOLIDAY', '清明节', DATE '2025-04-04', DATE '2025-04-06'),
    ('HOLIDAY', '劳动节', DATE '2025-05-01', DATE '2025-05-05'),
    ('MAKEUP_WORKDAY', '劳动节', DATE '2025-04-27', DATE '2025-04-27'),
    ('HOLIDAY', '端午节', DATE '2025-05-31', DATE '2025-06-02'),
    ('HOLIDAY', '国庆节、中秋节', DATE '2025-10-01', DATE '2025-10-08'),
    ('MAKEUP_WORKDAY', '国庆节、中秋节', DATE '2025-09-28', DATE '2025-09-28'),
    ('MAKEUP_WORKDAY', '国庆节、中秋节', DATE '2025-10-11', DATE '2025-10-11')
) AS r (kind, name, first_day, last_day),
     generate_series(r.first_day, r.last_day, INTERVAL '1 day') AS d;

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 2025-11-04)
INSERT INTO calendar_year (year, notice, notice_title, entered_at, entered_by)
VALUES (2026, '国办发明电〔2025〕7号', '国务院办公厅关于2026年部分节假日安排的通知', TIMESTAMPTZ '2025-11-04 00:00:00+08', 'system');
INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, 2026, r.kind, r.name
FROM (VALUES
    ('HOLIDAY', '元旦', DATE '2026-01-01', DATE '2026-01-03'),
    ('MAKEUP_WORKDAY', '元旦', DATE '2026-01-04', DATE '2026-01-04'),
    ('HOLIDAY', '春节', DATE '2026-02-15', DATE '2026-02-23'),
    ('MAKEUP_WORKDAY', '春节', DATE '2026-02-14', DATE '2026-02-14'),
    ('MAKEUP_WORKDAY', '春节', DATE '2026-02-28', DATE '2026-02-28'),
    ('HOLIDAY', '清明节', DATE '2026-04-04', DATE '2026-04-06'),
    ('HOLIDAY', '劳动节', DATE '2026-05-01', DATE '2026-05-05'),
    ('MAKEUP_WORKDAY', '劳动节', DATE '2026-05-09', DATE '2026-05-09'),
    ('HOLIDAY', '端午节', DATE '2026-06-19', DATE '2026-06-21'),
    ('HOLIDAY', '中秋节', DATE '2026-09-25', DATE '2026-09-27'),
    ('HOLIDAY', '国庆节', DATE '2026-10-01', DATE '2026-10-07'),
    ('MAKEUP_WORKDAY', '国庆节', DATE '2026-09-20', DATE '2026-09-20'),
    ('MAKEUP_WORKDAY', '国庆节', DATE '2026-10-10', DATE '2026-10-10')
) AS r (kind, name, first_day, last_day),
     generate_series(r.first_day, r.last_day, INTERVAL '1 day') AS d;
