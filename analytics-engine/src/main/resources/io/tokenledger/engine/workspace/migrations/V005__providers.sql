-- V004: invoice column-mapping templates (issue 5). A template maps the columns of one invoice
-- sheet shape (its header) to the fields of a cost line; a file whose header has the same
-- signature is imported with it without asking again.
CREATE TABLE invoice_templates (
    name              VARCHAR PRIMARY KEY,
    header_signature  VARCHAR NOT NULL,     -- sha-256 of the normalised header names, in order
    header            JSON NOT NULL,        -- the header names as the sheet wrote them
    mapping           JSON NOT NULL,        -- field -> header name, plus defaults (InvoiceMapping)
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX invoice_templates_by_signature ON invoice_templates (header_signature);
