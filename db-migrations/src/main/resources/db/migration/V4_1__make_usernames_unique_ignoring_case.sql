-- Usernames are unique whatever their case. With 'ADMIN' beside 'admin' one sign-in name stood for two accounts, and
-- the sign-in throttle, which counts per name lower-cased, was cleared by the twin's successes.
-- Existing twins stop the migration with their names: an operator renames or removes all but one of each (no account
-- is changed here behind anyone's back), then starts the application again.
DO $$
DECLARE
    twins text;
BEGIN
    SELECT string_agg(names, '; ') INTO twins
    FROM (SELECT string_agg(username, ', ' ORDER BY id) AS names
          FROM app_user GROUP BY lower(username) HAVING count(*) > 1) t;
    IF twins IS NOT NULL THEN
        RAISE EXCEPTION 'usernames that differ only by case: %', twins
            USING HINT = 'rename or delete all but one account of each group, then start the application again';
    END IF;
END $$;

-- also the index by which sign-in finds an account under any spelling of its name
CREATE UNIQUE INDEX app_user_username_lower_key ON app_user (lower(username));
