-- A 不符合 on a 重大事故隐患 item proposes a major hazard (拟列为重大事故隐患): kept on the result until the hazard
-- workflow reports it; the partial index finds the proposals of a department's inspections.
ALTER TABLE inspection_result ADD COLUMN proposed_hazard varchar(16) CHECK (proposed_hazard IN ('MAJOR'));
CREATE INDEX inspection_result_proposed_hazard_idx ON inspection_result (inspection_id)
    WHERE proposed_hazard IS NOT NULL;
