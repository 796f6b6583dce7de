-- 涉爆粉尘, 涉氨制冷 and 有限空间作业 were sectors beside 工贸; they are characteristics (features) of 工贸 enterprises, of
-- which an enterprise may have several, and 涉高温熔融金属 joins them (工贸企业重大事故隐患判定标准, 应急管理部令第10号).
-- Features are allowed for the 工贸 industries only: INDUSTRY_TRADE, and METALLURGY (冶金, kept as a sector of its own
-- because 安全生产法 第二十四条 names it).
--
-- An array column rather than a table of its own: the list filters on it with the GIN index below, the bulk import
-- and the data generator write it in the same COPY as the rest of the row, and the audit after-state reads it in place.
-- A constant default adds the column without rewriting the table.
ALTER TABLE enterprise ADD COLUMN features varchar(32)[] NOT NULL DEFAULT '{}'
    CONSTRAINT enterprise_features_check
    CHECK (features <@ ARRAY['COMBUSTIBLE_DUST', 'AMMONIA_REFRIGERATION', 'CONFINED_SPACE', 'MOLTEN_METAL']::varchar(32)[]);

-- Existing rows: the former sector becomes the feature of a 工贸 enterprise. Each moved enterprise gets a new version
-- (an edit form opened before is refused as stale rather than saved over the move) and one audit entry of the system
-- with the sector and features before and after.
WITH moved AS (
    UPDATE enterprise
    SET features   = ARRAY[sector]::varchar(32)[],
        sector     = 'INDUSTRY_TRADE',
        version    = version + 1,
        updated_at = now()
    WHERE sector IN ('COMBUSTIBLE_DUST', 'AMMONIA_REFRIGERATION', 'CONFINED_SPACE')
    RETURNING id, department_id, features[1] AS former
)
INSERT INTO audit_entry (id, occurred_at, username, department_id, aggregate_type, aggregate_id, action,
                         before_state, after_state, prev_hash, hash)
SELECT 0, now(), 'system', m.department_id, 'Enterprise', m.id::text, 'EnterpriseReclassified',
       jsonb_build_object('sector', m.former, 'features', '[]'::jsonb),
       jsonb_build_object('sector', 'INDUSTRY_TRADE', 'features', jsonb_build_array(m.former)),
       '', ''
FROM moved m
ORDER BY m.id;

ALTER TABLE enterprise DROP CONSTRAINT enterprise_sector_check;
ALTER TABLE enterprise ADD CONSTRAINT enterprise_sector_check CHECK (sector IN ('MINING', 'HAZARDOUS_CHEMICALS',
    'FIREWORKS', 'METALLURGY', 'INDUSTRY_TRADE', 'CONSTRUCTION', 'TRANSPORT', 'GAS', 'SPECIAL_EQUIPMENT', 'OTHER'));
ALTER TABLE enterprise ADD CONSTRAINT enterprise_features_sector_check
    CHECK (cardinality(features) = 0 OR sector IN ('INDUSTRY_TRADE', 'METALLURGY'));

-- The list filter "has feature X" (features @> '{X}').
CREATE INDEX enterprise_features_idx ON enterprise USING gin (features);
ANALYZE enterprise;
