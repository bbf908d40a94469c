-- V004: what kind of source each import was, so reconciliation can tell the invoice (bills), the
-- provider's usage exports and the traces apart: bill | usage | trace | other.
ALTER TABLE import_log ADD COLUMN source_kind VARCHAR DEFAULT 'other';
