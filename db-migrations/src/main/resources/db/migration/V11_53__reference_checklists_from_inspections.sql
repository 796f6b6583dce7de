-- The checklist registry is in: the checklists an inspection used and its result rows reference their versions and items.
ALTER TABLE inspection_checklist
    ADD CONSTRAINT inspection_checklist_checklist_fk FOREIGN KEY (checklist_id) REFERENCES checklist (id);
ALTER TABLE inspection_result
    ADD CONSTRAINT inspection_result_checklist_item_fk FOREIGN KEY (checklist_item_id) REFERENCES checklist_item (id);
ALTER TABLE inspection_result
    ADD CONSTRAINT inspection_result_checklist_fk FOREIGN KEY (checklist_id) REFERENCES checklist (id);
CREATE INDEX inspection_result_checklist_idx ON inspection_result (checklist_id);
