-- Deadlines that pass and 挂牌督办 (R16, 004§23, 000§(九)).
-- overdue_unrectified: 逾期未整改, the violation of a deadline that passed while the enterprise was under the order; set
-- by the overdue job with overdue, and never cleared (an extension or a new deadline after a rejected re-check ends the
-- overdue state, not the violation that was committed), for a heavier penalty later and for the plan's key list.
-- recheck_overdue_on: the department's re-check deadline (recheck_due_on) the job found passed; the re-check is late
-- while it equals recheck_due_on and the hazard still awaits its re-check, so a new report (a new recheck_due_on) needs
-- no reset.
-- The 挂牌督办通知书 of the department above (supervised_by_department_id, supervised_at are in V12_11): its
-- requirements, its deadline, the document, who issued it; 摘牌 (lifting) once the hazard is closed.
ALTER TABLE hazard
    ADD COLUMN overdue_unrectified      boolean       NOT NULL DEFAULT false,
    ADD COLUMN overdue_marked_on        date,
    ADD COLUMN recheck_overdue_on       date,
    ADD COLUMN supervision_requirements varchar(2000),
    ADD COLUMN supervision_due_on       date,
    ADD COLUMN supervision_document_id  bigint,
    ADD COLUMN supervised_by            varchar(64),
    ADD COLUMN supervision_lifted_at    timestamptz,
    ADD COLUMN supervision_lifted_by    varchar(64),
    ADD CONSTRAINT hazard_supervision_lifted CHECK (supervision_lifted_at IS NULL
        OR supervised_by_department_id IS NOT NULL AND status = 'CLOSED');

-- The overdue job's candidates: hazards under an order whose deadline may have passed, not yet marked.
CREATE INDEX hazard_overdue_candidate_idx ON hazard (due_on)
    WHERE status IN ('ORDERED', 'RECTIFYING') AND NOT overdue;
-- The re-checks of the departments that may be late.
CREATE INDEX hazard_recheck_candidate_idx ON hazard (recheck_due_on)
    WHERE status IN ('REPORTED', 'ACCEPTANCE_REPORTED');
-- The 挂牌督办 queue of a department above: the hazards of the departments below it that are listed for supervision
-- (open and major or overdue) or supervised and not yet lifted, newest first.
CREATE INDEX hazard_supervision_queue_idx ON hazard (department_id, id DESC)
    WHERE (status <> 'CLOSED' AND (grade = 'MAJOR' OR overdue))
       OR (supervised_by_department_id IS NOT NULL AND supervision_lifted_at IS NULL);
-- the same queue walked newest first for a reader with many departments below (a province), filtering by department
-- inside the index
CREATE INDEX hazard_supervision_recent_idx ON hazard (id DESC, department_id)
    WHERE (status <> 'CLOSED' AND (grade = 'MAJOR' OR overdue))
       OR (supervised_by_department_id IS NOT NULL AND supervision_lifted_at IS NULL);
CREATE INDEX hazard_supervision_document_idx ON hazard (supervision_document_id)
    WHERE supervision_document_id IS NOT NULL;
-- the plan's rule: an enterprise with a major hazard whose deadline passed unrectified
CREATE INDEX hazard_overdue_major_idx ON hazard (enterprise_id)
    WHERE overdue_unrectified AND grade = 'MAJOR' AND status <> 'CLOSED';

-- In-app notifications (站内提醒): one row per person, so that each reads their own. A notice addressed to a
-- department's role (its supervisors, the department above's supervisors) is resolved to the people holding that role
-- when it is made (recipient_department_id and recipient_role say how it reached them); one addressed to a person
-- (the inspector who found or ordered the hazard) has no role.
CREATE SEQUENCE notification_seq;
CREATE TABLE notification (
    id                      bigint      PRIMARY KEY DEFAULT nextval('notification_seq'),
    recipient_user_id       bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    recipient_department_id bigint      NOT NULL REFERENCES department (id),
    recipient_role          varchar(16) CHECK (recipient_role IN ('INSPECTOR', 'SUPERVISOR')),
    kind                    varchar(32) NOT NULL CHECK (kind IN ('HAZARD_OVERDUE', 'HAZARD_ESCALATED',
                                                                 'RECHECK_OVERDUE', 'HAZARD_SUPERVISED',
                                                                 'SUPERVISION_LIFTED')),
    hazard_id               bigint      NOT NULL REFERENCES hazard (id),
    due_on                  date,
    created_at              timestamptz NOT NULL,
    read_at                 timestamptz
);
CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, id DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_user_id) WHERE read_at IS NULL;
CREATE INDEX notification_hazard_idx ON notification (hazard_id);
CREATE INDEX notification_department_idx ON notification (recipient_department_id);
