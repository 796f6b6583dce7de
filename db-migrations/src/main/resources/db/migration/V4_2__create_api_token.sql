-- API access tokens: only the SHA-256 of a token is kept (hex), with its account, when it was issued, when it expires
-- and when it was revoked. A call with a token reads one row by the unique hash.
CREATE SEQUENCE api_token_seq INCREMENT BY 50;
CREATE TABLE api_token (
    id         bigint      PRIMARY KEY,
    token_hash varchar(64) NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    version    bigint      NOT NULL DEFAULT 0,
    CHECK (expires_at > issued_at)
);
-- revoking every token of an account when it changes
CREATE INDEX api_token_user_idx ON api_token (user_id);
