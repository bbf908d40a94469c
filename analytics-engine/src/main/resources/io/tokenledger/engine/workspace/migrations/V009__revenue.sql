-- V009: revenue (issue 8). A revenue sheet may carry the client's id beside its name, and matching
-- with the usage side tries both. Revenue sheets of any shape are mapped once with a template, like
-- invoice sheets (V005), in a table of the same shape.
ALTER TABLE revenue ADD COLUMN client_id VARCHAR;

CREATE TABLE revenue_templates (
    name              VARCHAR PRIMARY KEY,
    header_signature  VARCHAR NOT NULL,     -- sha-256 of the normalised header names, in order
    header            JSON NOT NULL,        -- the header names as the sheet wrote them
    mapping           JSON NOT NULL,        -- field -> header name, plus defaults (RevenueMapping)
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX revenue_templates_by_signature ON revenue_templates (header_signature);
