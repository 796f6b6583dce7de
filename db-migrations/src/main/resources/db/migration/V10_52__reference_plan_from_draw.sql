-- A draw belongs to one version of its department's annual plan.
ALTER TABLE draw ADD CONSTRAINT draw_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plan (id);
