-- The audit record is chained per province (the partition key) instead of in one national chain, so that a long
-- transaction of one province (a bulk import) never makes the writers of another province wait for the chain's lock.
--
-- chain: the province code of the department an entry was made for, or '000000' (the national chain) for entries
-- without a department (the system, the data generator) or whose department is unknown. The trigger decides it from
-- department_id; no writer can choose it. Entries written before this migration keep chain NULL: they form the old
-- national chain and are verified exactly as before, with the old digest.
-- Adding a nullable column without a default rewrites nothing, so the UPDATE trigger is never involved.
ALTER TABLE audit_entry ADD COLUMN chain varchar(6) CHECK (chain ~ '^[0-9]{6}$');

-- The newest entry of a chain is found at once (the trigger's "previous hash"), and verification walks a chain in
-- order.
CREATE INDEX audit_entry_chain_idx ON audit_entry (chain, id);

-- The digest of a chained entry covers its chain key: moving an entry to another chain is an edit.
CREATE FUNCTION audit_entry_chain_digest(chain text, prev_hash text, id bigint, occurred_at timestamptz,
                                         username text, department_id bigint, aggregate_type text,
                                         aggregate_id text, action text, before_state jsonb,
                                         after_state jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE AS
$$
SELECT encode(sha256(convert_to(concat_ws(E'\x1f', chain, prev_hash, id::text,
        to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), username,
        coalesce(department_id::text, ''), aggregate_type, aggregate_id, action,
        coalesce(before_state::text, ''), coalesce(after_state::text, '')), 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION audit_entry_chain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    key      text;
    previous text;
BEGIN
    IF NEW.department_id IS NOT NULL THEN
        SELECT d.province_code INTO key FROM department d WHERE d.id = NEW.department_id;
    END IF;
    key := coalesce(key, '000000');
    -- One writer at a time extends a chain, and only that chain: the lock is per province. The id is taken under
    -- the lock, so that within a chain id order is chain order.
    PERFORM pg_advisory_xact_lock(7262515, key::int);
    SELECT a.hash INTO previous FROM audit_entry a WHERE a.chain = key ORDER BY a.id DESC LIMIT 1;
    NEW.chain := key;
    NEW.id := nextval('audit_entry_seq');
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.hash := audit_entry_chain_digest(NEW.chain, NEW.prev_hash, NEW.id, NEW.occurred_at, NEW.username,
                                         NEW.department_id, NEW.aggregate_type, NEW.aggregate_id, NEW.action,
                                         NEW.before_state, NEW.after_state);
    RETURN NEW;
END
$$;
