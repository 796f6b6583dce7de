-- Numbered enforcement documents (R13): a number pattern per (department, document type) set by admins, a counter row
-- per (department, type, year) taken FOR UPDATE by the issuing transaction (a sequence would leave gaps), and the
-- issued documents themselves, locked once issued.

-- The pattern of a department's numbers for one type of document, e.g. 冀正应急检记〔{year}〕{n}号. A department
-- without a row uses the default {type}〔{year}〕{n}号.
CREATE SEQUENCE document_numbering_seq INCREMENT BY 50;
CREATE TABLE document_numbering (
    id            bigint       PRIMARY KEY,
    department_id bigint       NOT NULL REFERENCES department (id),
    type          varchar(32)  NOT NULL CHECK (type IN ('INSPECTION_RECORD', 'RECTIFICATION_ORDER', 'ONSITE_MEASURES',
                                                        'RECHECK_OPINION', 'SUPERVISION_NOTICE')),
    pattern       varchar(100) NOT NULL CHECK (pattern LIKE '%{n%' AND pattern LIKE '%{year}%'),
    set_by        varchar(64)  NOT NULL,
    set_at        timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT document_numbering_department_type_key UNIQUE (department_id, type)
);

-- The last serial issued per department, type and year. Only the issuing transaction moves it, by one, holding the row
-- until it commits: a rolled-back issue gives its number back, two issues never get the same one.
CREATE TABLE document_counter (
    department_id bigint      NOT NULL REFERENCES department (id),
    type          varchar(32) NOT NULL CHECK (type IN ('INSPECTION_RECORD', 'RECTIFICATION_ORDER', 'ONSITE_MEASURES',
                                                       'RECHECK_OPINION', 'SUPERVISION_NOTICE')),
    year          int         NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    last_serial   int         NOT NULL CHECK (last_serial >= 1),
    PRIMARY KEY (department_id, type, year)
);

-- An issued document: the party as it stood on the day, the content and the PDF exactly as issued, and its hash.
-- A correction is a new document pointing at the one it corrects (at most one correction each).
CREATE SEQUENCE issued_document_seq INCREMENT BY 50;
CREATE TABLE issued_document (
    id            bigint       PRIMARY KEY,
    department_id bigint       NOT NULL REFERENCES department (id),
    division_code varchar(6)   NOT NULL REFERENCES division (code),
    city_code     varchar(6),
    province_code varchar(6)   NOT NULL,
    township_id   bigint,
    type          varchar(32)  NOT NULL CHECK (type IN ('INSPECTION_RECORD', 'RECTIFICATION_ORDER', 'ONSITE_MEASURES',
                                                        'RECHECK_OPINION', 'SUPERVISION_NOTICE')),
    year          int          NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    serial        int          NOT NULL CHECK (serial >= 1),
    number        varchar(200) NOT NULL,
    subject_kind  varchar(32)  NOT NULL,
    subject_id    bigint       NOT NULL,
    party         jsonb        NOT NULL,
    content       jsonb        NOT NULL,
    pdf           bytea        NOT NULL,
    pdf_sha256    char(64)     NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    corrects_id   bigint       REFERENCES issued_document (id),
    issued_by     varchar(64)  NOT NULL,
    issued_at     timestamptz  NOT NULL,
    CONSTRAINT issued_document_serial_key UNIQUE (department_id, type, year, serial),
    CONSTRAINT issued_document_corrects_key UNIQUE (corrects_id)
);
CREATE INDEX issued_document_subject_idx ON issued_document (subject_kind, subject_id);
CREATE INDEX issued_document_department_idx ON issued_document (department_id, issued_at DESC, id DESC);

-- Locked once issued: no path of the application updates or deletes a document, and the database refuses it too.
CREATE FUNCTION refuse_issued_document_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'issued_document is locked (% refused): an issued document is never changed; issue a correction',
        TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER issued_document_locked BEFORE UPDATE OR DELETE ON issued_document
    FOR EACH ROW EXECUTE FUNCTION refuse_issued_document_change();
CREATE TRIGGER issued_document_not_truncated BEFORE TRUNCATE ON issued_document
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_issued_document_change();
