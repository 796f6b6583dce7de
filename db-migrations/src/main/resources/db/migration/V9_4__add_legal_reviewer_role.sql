-- 法制审核人员 (LEGAL_REVIEWER) becomes a role of its own beside the head who approves (SUPERVISOR): the penalty
-- procedure needs the legal review and the approval of a decision made by different people (行政处罚法 第五十八条).
-- Existing accounts keep their roles; an admin grants the new one.
ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check
    CHECK (role IN ('INSPECTOR', 'SUPERVISOR', 'LEGAL_REVIEWER', 'ADMIN'));
