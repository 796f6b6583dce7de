-- The error report of a rejected bulk import, kept for a while for the user who imported, so that whichever node
-- serves the download finds it. content is the report as the web layer wrote it (a gzip-compressed CSV); rows older
-- than the configured time are deleted whenever a new report is kept.
CREATE TABLE import_report (
    id         uuid         PRIMARY KEY,
    username   varchar(64)  NOT NULL,
    created_at timestamptz  NOT NULL,
    content    bytea        NOT NULL
);
CREATE INDEX import_report_created_idx ON import_report (created_at);
